package org.stepahead.adapter.in.web.ui.event;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;
import static org.stepahead.adapter.in.web.ui.FormText.lines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepahead.adapter.in.web.ui.FormErrors;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.Option;
import org.stepahead.adapter.in.web.ui.event.EventViews.MemberChoice;
import org.stepahead.adapter.in.web.ui.event.MinutesForm.AgendaForm;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.EventView.AgendaView;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.GuestInput;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.MemberPresence;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand.AgendaItemInput;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/**
 * Pages: what a coordinator records once an event has taken place — who attended (members ticked, guests), the
 * minutes (agenda: question, heard, spoke, decided) — and making a decision of the minutes a plan item.
 */
@Controller
public record EventOutcomePages(
        GetEventUseCase getEvent,
        RecordMinutesUseCase recordMinutes,
        RecordAttendanceUseCase recordAttendance,
        PlanDecisionUseCase planDecision,
        GetProgramOverviewUseCase programOverview,
        ListProgramsUseCase listPrograms,
        CommunityMembers members,
        Labels labels) {

    /** Agenda rows a new minutes form offers; "one more item" adds a row. */
    static final int AGENDA_ROWS = 3;

    private static final Map<String, String> ATTENDANCE_RULES = Map.of(
            "attendance.notAMember", "present",
            "attendance.unknownMember", "present",
            "attendance.listedTwice", "present",
            "attendance.absentGuest", "guestsText");

    private static final Map<String, String> MINUTES_RULES = Map.of(
            "minutes.beforeEvent", "date",
            "minutes.emptyAgenda", "agenda");

    private static final Map<String, String> DECISION_RULES = Map.of("activity.deadlineOutsidePeriod", "deadline");

    // ------------------------------------------------------------------ attendance

    @GetMapping("/events/{id}/attendance/new")
    String newAttendance(@PathVariable UUID id, Model model) {
        EventView event = getEvent.event(new EventId(id));
        AttendanceForm form = new AttendanceForm(
                event.version(),
                List.of(),
                event.attendance().stream()
                        .filter(a -> a.membershipId() != null && a.present())
                        .map(a -> a.membershipId().value())
                        .toList(),
                String.join(
                        "\n",
                        event.attendance().stream()
                                .filter(a -> a.membershipId() == null)
                                .map(a -> a.guestOrganization() == null
                                        ? a.guestName()
                                        : a.guestName() + "; " + a.guestOrganization())
                                .toList()));
        return attendanceForm(event, form, model.addAttribute("form", form));
    }

    @PostMapping("/events/{id}/attendance")
    String recordAttendance(
            @PathVariable UUID id,
            @ModelAttribute("form") AttendanceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        EventView event = getEvent.event(new EventId(id));
        Map<String, String> aliases = Map.of("guests", "guestsText", "members", "present");
        return FormErrors.submit(
                form, errors, () -> attendanceForm(event, form, model), aliases, ATTENDANCE_RULES, () -> {
                    Set<UUID> present = new LinkedHashSet<>(form.present());
                    Set<UUID> listed = new LinkedHashSet<>(form.listed());
                    listed.addAll(present);
                    List<MemberPresence> lines = listed.stream()
                            .map(m -> new MemberPresence(new MembershipId(m), present.contains(m)))
                            .toList();
                    List<GuestInput> guests = lines(form.guestsText()).stream()
                            .map(EventOutcomePages::guest)
                            .toList();
                    recordAttendance.recordAttendance(
                            new RecordAttendanceCommand(new EventId(id), lines, guests, form.version()));
                    redirect.addFlashAttribute(
                            "notice", labels.text("ui.attendance.recorded", present.size(), guests.size()));
                    return "redirect:/events/" + id;
                });
    }

    /** "Name; organization" (or just the name) as a guest. */
    private static GuestInput guest(String line) {
        int split = line.indexOf(';');
        return split < 0
                ? new GuestInput(line, null)
                : new GuestInput(line.substring(0, split).strip(), blankToNull(line.substring(split + 1)));
    }

    private String attendanceForm(EventView event, AttendanceForm form, Model model) {
        head(event, model);
        Set<UUID> present = Set.copyOf(form.present());
        model.addAttribute(
                "members",
                members.on(event.communityId(), event.date()).stream()
                        .map(m -> new MemberChoice(
                                m.membershipId().value().toString(),
                                m.fullName(),
                                present.contains(m.membershipId().value())))
                        .toList());
        return "events/attendance-new";
    }

    // ------------------------------------------------------------------ minutes

    @GetMapping("/events/{id}/minutes/new")
    String newMinutes(@PathVariable UUID id, Model model) {
        EventView event = getEvent.event(new EventId(id));
        MinutesForm form = new MinutesForm();
        form.setVersion(event.version());
        form.setDate(event.date());
        if (event.minutes() != null) {
            form.setNumber(event.minutes().number());
            form.setDate(event.minutes().date());
            form.setChair(event.minutes().chair());
            form.setSecretary(event.minutes().secretary());
            for (AgendaView item : event.minutes().agenda()) {
                form.getAgenda()
                        .add(new AgendaForm(
                                item.topic(),
                                item.heard(),
                                String.join("\n", item.spoke()),
                                String.join("\n", item.decided())));
            }
        }
        while (form.getAgenda().size() < AGENDA_ROWS) {
            form.getAgenda().add(new AgendaForm());
        }
        return minutesForm(event, model.addAttribute("form", form));
    }

    @PostMapping("/events/{id}/minutes")
    String recordMinutes(
            @PathVariable UUID id,
            @ModelAttribute("form") MinutesForm form,
            BindingResult errors,
            @RequestParam(required = false) String more,
            Model model,
            RedirectAttributes redirect) {
        EventView event = getEvent.event(new EventId(id));
        if (more != null) {
            form.getAgenda().add(new AgendaForm());
            return minutesForm(event, model);
        }
        // The command's agenda leaves out blank rows: its item k is the form's row rows.get(k).
        List<Integer> rows = new ArrayList<>();
        Map<String, String> aliases = new HashMap<>();
        for (int row = 0; row < form.getAgenda().size(); row++) {
            if (!form.getAgenda().get(row).blank()) {
                int item = rows.size();
                rows.add(row);
                for (String field : List.of("topic", "heard")) {
                    aliases.put("agenda[" + item + "]." + field, "agenda[" + row + "]." + field);
                }
                aliases.put("agenda[" + item + "].spoke", "agenda[" + row + "].spokeText");
                aliases.put("agenda[" + item + "].decided", "agenda[" + row + "].decidedText");
            }
        }
        return FormErrors.submit(form, errors, () -> minutesForm(event, model), aliases, MINUTES_RULES, () -> {
            List<AgendaItemInput> agenda = rows.stream()
                    .map(row -> form.getAgenda().get(row))
                    .map(a -> new AgendaItemInput(
                            blankToNull(a.getTopic()),
                            blankToNull(a.getHeard()),
                            lines(a.getSpokeText()),
                            lines(a.getDecidedText())))
                    .toList();
            recordMinutes.recordMinutes(new RecordMinutesCommand(
                    new EventId(id),
                    form.getNumber(),
                    form.getDate(),
                    blankToNull(form.getChair()),
                    blankToNull(form.getSecretary()),
                    agenda,
                    form.getVersion()));
            redirect.addFlashAttribute("notice", labels.text("ui.minutes.recorded", form.getNumber()));
            return "redirect:/events/" + id;
        });
    }

    private String minutesForm(EventView event, Model model) {
        head(event, model);
        model.addAttribute(
                "minutesLocked", event.minutes() != null && !event.minutes().rewritable());
        return "events/minutes-new";
    }

    // ------------------------------------------------------------------ a decision becomes a plan item

    @GetMapping("/events/{id}/minutes/decisions/new")
    String newDecision(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer item,
            @RequestParam(required = false) Integer decision,
            Model model) {
        EventView event = getEvent.event(new EventId(id));
        DecisionForm form = new DecisionForm(
                event.version(),
                item,
                decision,
                event.programId() == null ? null : event.programId().value(),
                null,
                null,
                null,
                null,
                null);
        return decisionForm(event, form, model.addAttribute("form", form));
    }

    @PostMapping("/events/{id}/minutes/decisions")
    String planDecision(
            @PathVariable UUID id,
            @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        EventView event = getEvent.event(new EventId(id));
        Map<String, String> aliases = Map.of("responsible", "responsibleText");
        return FormErrors.submit(form, errors, () -> decisionForm(event, form, model), aliases, DECISION_RULES, () -> {
            ActivityId activity = planDecision.plan(new PlanDecisionCommand(
                    new EventId(id),
                    form.item(),
                    form.decision(),
                    new ProgramId(form.programId()),
                    form.stageId() == null ? null : new StageId(form.stageId()),
                    null,
                    form.deadline(),
                    blankToNull(form.number()),
                    blankToNull(form.title()),
                    lines(form.responsibleText()),
                    form.version()));
            redirect.addFlashAttribute("notice", labels.text("ui.decision.planned", form.item(), form.decision()));
            return "redirect:/programs/" + form.programId() + "#activity-" + activity.value();
        });
    }

    private String decisionForm(EventView event, DecisionForm form, Model model) {
        head(event, model);
        EventView.DecisionView chosen = decisionOf(event, form.item(), form.decision());
        model.addAttribute("decisionText", chosen == null ? null : chosen.text());
        model.addAttribute("plannedAs", chosen == null || !chosen.planned() ? null : EventPages.decisionLine(chosen));
        List<Option> programs = new ArrayList<>();
        List<Option> stages = new ArrayList<>();
        listPrograms.programsOf(event.communityId()).forEach(summary -> {
            programs.add(new Option(summary.id().value().toString(), summary.title()));
            ProgramOverview program = programOverview.overview(summary.id());
            program.stages()
                    .forEach(s -> stages.add(new Option(
                            s.id().value().toString(), program.title() + ": " + s.number() + ". " + s.name())));
        });
        model.addAttribute("programs", programs);
        model.addAttribute("stages", stages);
        return "events/decision-new";
    }

    /** The decision asked for, or null when the minutes have no such decision. */
    private static EventView.DecisionView decisionOf(EventView event, Integer item, Integer decision) {
        if (event.minutes() == null
                || item == null
                || decision == null
                || item < 1
                || decision < 1
                || item > event.minutes().agenda().size()) {
            return null;
        }
        List<EventView.DecisionView> decisions =
                event.minutes().agenda().get(item - 1).decisions();
        return decision > decisions.size() ? null : decisions.get(decision - 1);
    }

    private static void head(EventView event, Model model) {
        model.addAttribute("eventId", event.id().value());
        model.addAttribute("eventTitle", event.title());
        model.addAttribute("eventDate", Labels.day(event.date()));
    }
}
