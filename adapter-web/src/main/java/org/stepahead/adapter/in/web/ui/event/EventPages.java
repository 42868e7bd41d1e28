package org.stepahead.adapter.in.web.ui.event;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;
import static org.stepahead.adapter.in.web.ui.FormText.lines;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.stepahead.adapter.in.web.ui.event.EventViews.AgendaLine;
import org.stepahead.adapter.in.web.ui.event.EventViews.AttendanceLine;
import org.stepahead.adapter.in.web.ui.event.EventViews.DecisionLine;
import org.stepahead.adapter.in.web.ui.event.EventViews.EventPage;
import org.stepahead.adapter.in.web.ui.event.EventViews.MinutesLine;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.EventView.MinutesView;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;

/**
 * Pages: one event (what, when, where, its plan item, attendance, minutes; reached from the month view) and planning
 * an event of a community, of a plan item or standalone.
 */
@Controller
public record EventPages(
        GetCommunityUseCase getCommunity,
        GetEventUseCase getEvent,
        ScheduleEventUseCase scheduleEvent,
        GetProgramOverviewUseCase programOverview,
        ListProgramsUseCase listPrograms,
        CommunityMembers members,
        Labels labels) {

    private static final Map<String, String> RULES = Map.of(
            "event.outsideStage", "date",
            "event.endsBeforeStart", "endsAt",
            "event.activityNeedsProgram", "activity",
            "required", "startsAt");

    @GetMapping("/events/{id}")
    String event(@PathVariable UUID id, Model model) {
        model.addAttribute("event", page(getEvent.event(new EventId(id))));
        return "events/show";
    }

    // ------------------------------------------------------------------ plan an event

    @GetMapping("/communities/{id}/events/new")
    String newEvent(@PathVariable UUID id, @RequestParam(required = false) String activity, Model model) {
        EventForm form = new EventForm(activity, null, null, null, null, null, null, null);
        return form(id, model.addAttribute("form", form));
    }

    @PostMapping("/communities/{id}/events")
    String schedule(
            @PathVariable UUID id,
            @ModelAttribute("form") EventForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> aliases =
                Map.of("programId", "activity", "activityId", "activity", "facilitators", "facilitatorsText");
        return FormErrors.submit(form, errors, () -> form(id, model), aliases, RULES, () -> {
            UUID[] plan = planItem(form.activity());
            if (plan == null && blankToNull(form.title()) == null) {
                errors.rejectValue("title", "ui.event.titleNeeded");
                return form(id, model);
            }
            EventId event = scheduleEvent.schedule(new ScheduleEventCommand(
                    new CommunityId(id),
                    plan == null ? null : new ProgramId(plan[0]),
                    plan == null ? null : new ActivityId(plan[1]),
                    blankToNull(form.title()),
                    form.form(),
                    form.date(),
                    form.startsAt(),
                    form.endsAt(),
                    blankToNull(form.place()),
                    lines(form.facilitatorsText())));
            redirect.addFlashAttribute("notice", labels.text("ui.event.scheduled"));
            return "redirect:/events/" + event.value();
        });
    }

    /** "programId/activityId" as the two ids; null for none (a standalone event) or an unreadable choice. */
    private static UUID[] planItem(String choice) {
        String value = blankToNull(choice);
        if (value == null) {
            return null;
        }
        String[] parts = value.split("/", 2);
        try {
            return parts.length == 2 ? new UUID[] {UUID.fromString(parts[0]), UUID.fromString(parts[1])} : null;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private String form(UUID id, Model model) {
        CommunityId community = new CommunityId(id);
        model.addAttribute("communityId", id);
        model.addAttribute("communityName", getCommunity.get(community).name());
        model.addAttribute("forms", labels.options(Form.values()));
        model.addAttribute("activities", activityOptions(community));
        return "events/new";
    }

    /** Every activity of the community's programs, as "Program: 1.1 Title". */
    private List<Option> activityOptions(CommunityId community) {
        List<Option> options = new ArrayList<>();
        listPrograms.programsOf(community).forEach(summary -> {
            ProgramOverview program = programOverview.overview(summary.id());
            Stream.concat(
                            program.stages().stream().flatMap(s -> s.activities().stream()),
                            program.activitiesWithoutStage().stream())
                    .forEach(a -> options.add(new Option(
                            program.id().value() + "/" + a.id().value(), program.title() + ": " + activityName(a))));
        });
        return options;
    }

    static String activityName(ActivityView activity) {
        return activity.number() == null || activity.number().isBlank()
                ? activity.title()
                : activity.number() + " " + activity.title();
    }

    // ------------------------------------------------------------------ the event page

    private EventPage page(EventView event) {
        String communityName = getCommunity.get(event.communityId()).name();
        String programTitle = null;
        String activity = null;
        if (event.programId() != null) {
            ProgramOverview program = programOverview.overview(event.programId());
            programTitle = program.title();
            activity = event.activityId() == null ? null : activityName(program.activity(event.activityId()));
        }
        Map<MembershipId, String> names = event.attendance().isEmpty() ? Map.of() : members.names(event.communityId());
        List<AttendanceLine> attendance = event.attendance().stream()
                .map(a -> a.membershipId() == null
                        ? new AttendanceLine(a.guestName(), a.guestOrganization(), true, a.present())
                        : new AttendanceLine(
                                names.getOrDefault(
                                        a.membershipId(),
                                        a.membershipId().value().toString()),
                                null,
                                false,
                                a.present()))
                .toList();
        String time =
                event.startsAt() == null ? "" : event.startsAt() + (event.endsAt() == null ? "" : "–" + event.endsAt());
        return new EventPage(
                event.id().value(),
                event.version(),
                event.communityId().value(),
                communityName,
                event.title(),
                labels.of(event.form()),
                Labels.day(event.date()),
                YearMonth.from(event.date()).toString(),
                time,
                event.place(),
                String.join(", ", event.facilitators()),
                labels.of(event.status()),
                event.status() == EventStatus.CANCELLED,
                event.cancellationReason(),
                event.programId() == null ? null : event.programId().value(),
                programTitle,
                activity,
                event.occurrence() == null ? null : Labels.day(event.occurrence()),
                event.presentMembers(),
                event.absentMembers(),
                event.guests(),
                attendance,
                minutes(event.minutes()),
                event.date().toString(),
                event.startsAt() == null ? null : event.startsAt().toString(),
                event.endsAt() == null ? null : event.endsAt().toString());
    }

    private static MinutesLine minutes(MinutesView minutes) {
        if (minutes == null) {
            return null;
        }
        List<AgendaLine> agenda = new ArrayList<>();
        for (int i = 0; i < minutes.agenda().size(); i++) {
            EventView.AgendaView item = minutes.agenda().get(i);
            List<DecisionLine> decided =
                    item.decisions().stream().map(EventPages::decisionLine).toList();
            agenda.add(new AgendaLine(i + 1, item.topic(), item.heard(), item.spoke(), decided));
        }
        return new MinutesLine(
                minutes.number(),
                Labels.day(minutes.date()),
                minutes.chair(),
                minutes.secretary(),
                agenda,
                minutes.rewritable());
    }

    /** A decision of the minutes with the plan item it became, if any. */
    static DecisionLine decisionLine(EventView.DecisionView d) {
        return new DecisionLine(
                d.number(),
                d.text(),
                d.planned(),
                d.programId() == null ? null : d.programId().value(),
                d.activityId() == null ? null : d.activityId().value(),
                d.activityTitle());
    }
}
