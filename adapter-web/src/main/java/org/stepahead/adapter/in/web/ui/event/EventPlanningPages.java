package org.stepahead.adapter.in.web.ui.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stepahead.adapter.in.web.ui.Actions;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.Option;
import org.stepahead.adapter.in.web.ui.event.EventViews.EventCountLine;
import org.stepahead.adapter.in.web.ui.event.EventViews.MemberCountLine;
import org.stepahead.adapter.in.web.ui.event.EventViews.OccurrenceLine;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsCommand.NonWorkingDays;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/**
 * Pages: events from the schedules of a program's plan (the preview of the days, or why an activity has none, then
 * the generation, which adds only what is missing) and a community's attendance summary per event and per member.
 */
@Controller
public record EventPlanningPages(
        GenerateEventsUseCase generateEvents,
        PreviewEventsUseCase previewEvents,
        GetAttendanceSummaryUseCase attendanceSummary,
        GetProgramOverviewUseCase programOverview,
        ListProgramsUseCase listPrograms,
        GetCommunityUseCase getCommunity,
        Labels labels) {

    // ------------------------------------------------------------------ generation from the schedules

    /**
     * Which events the preview shows and the generation makes: of one stage, of one plan item or of the whole plan,
     * leaving out the extra days off typed one per line.
     */
    record GenerationScope(UUID stageId, UUID activityId, String nonWorking) {}

    @GetMapping("/programs/{id}/occurrences")
    String occurrences(@PathVariable UUID id, GenerationScope scope, Model model) {
        ProgramOverview program = programOverview.overview(new ProgramId(id));
        List<NonWorkingDays> daysOff = List.of();
        try {
            daysOff = DaysOff.parse(scope.nonWorking());
        } catch (DaysOff.Unreadable unreadable) {
            model.addAttribute("nonWorkingError", labels.text("ui.generation.nonWorkingUnreadable", unreadable.line()));
        }
        List<OccurrenceLine> lines = previewEvents.preview(command(id, scope, daysOff)).stream()
                .map(this::line)
                .toList();
        model.addAttribute("programId", id);
        model.addAttribute("programTitle", program.title());
        model.addAttribute("communityId", program.communityId().value());
        model.addAttribute(
                "stageId", scope.stageId() == null ? "" : scope.stageId().toString());
        model.addAttribute(
                "activityId",
                scope.activityId() == null ? "" : scope.activityId().toString());
        model.addAttribute(
                "nonWorking",
                scope.nonWorking() == null ? "" : scope.nonWorking().strip());
        model.addAttribute(
                "stages",
                program.stages().stream()
                        .map(s -> new Option(s.id().value().toString(), s.number() + ". " + s.name()))
                        .toList());
        model.addAttribute(
                "activities",
                Stream.concat(
                                program.stages().stream().flatMap(s -> s.activities().stream()),
                                program.activitiesWithoutStage().stream())
                        .map(a -> new Option(a.id().value().toString(), EventPages.activityName(a)))
                        .toList());
        model.addAttribute("lines", lines);
        model.addAttribute(
                "dateCount", lines.stream().mapToInt(l -> l.dates().size()).sum());
        return "events/occurrences";
    }

    @PostMapping("/programs/{id}/events/generation")
    String generate(@PathVariable UUID id, GenerationScope scope, RedirectAttributes redirect) {
        Actions.run(redirect, labels, () -> {
            List<NonWorkingDays> daysOff;
            try {
                daysOff = DaysOff.parse(scope.nonWorking());
            } catch (DaysOff.Unreadable unreadable) {
                redirect.addFlashAttribute(
                        "problem", labels.text("ui.generation.nonWorkingUnreadable", unreadable.line()));
                return null;
            }
            GenerationReport report = generateEvents.generate(command(id, scope, daysOff));
            return labels.text(
                    "ui.generation.done",
                    report.created().size(),
                    report.existing().size());
        });
        return "redirect:"
                + UriComponentsBuilder.fromPath("/programs/{id}/occurrences")
                        .queryParamIfPresent("stageId", Optional.ofNullable(scope.stageId()))
                        .queryParamIfPresent("activityId", Optional.ofNullable(scope.activityId()))
                        .queryParamIfPresent(
                                "nonWorking",
                                Optional.ofNullable(scope.nonWorking()).filter(text -> !text.isBlank()))
                        .encode()
                        .buildAndExpand(id)
                        .toUriString();
    }

    private static GenerateEventsCommand command(UUID program, GenerationScope scope, List<NonWorkingDays> daysOff) {
        return new GenerateEventsCommand(
                new ProgramId(program),
                scope.stageId() == null ? null : new StageId(scope.stageId()),
                scope.activityId() == null ? null : new ActivityId(scope.activityId()),
                daysOff.isEmpty() ? null : daysOff);
    }

    private OccurrenceLine line(ActivityOccurrences occurrences) {
        String name = occurrences.number() == null || occurrences.number().isBlank()
                ? occurrences.title()
                : occurrences.number() + " " + occurrences.title();
        return new OccurrenceLine(
                occurrences.number(),
                name,
                occurrences.scheduleText(),
                occurrences.dates().stream().map(Labels::day).toList(),
                occurrences.dates().isEmpty() ? labels.of(occurrences.status()) : null);
    }

    // ------------------------------------------------------------------ attendance summary

    /** Which events the attendance summary counts: of one program or all, from and to a day (2025-10-20). */
    record AttendanceFilter(UUID programId, String from, String to) {}

    @GetMapping("/communities/{id}/attendance/events")
    String byEvent(@PathVariable UUID id, AttendanceFilter filter, Model model) {
        return attendanceSummary(true, summaryHead(id, filter, model), model);
    }

    @GetMapping("/communities/{id}/attendance/members")
    String byMember(@PathVariable UUID id, AttendanceFilter filter, Model model) {
        return attendanceSummary(false, summaryHead(id, filter, model), model);
    }

    /** The summary page, by event or by member. */
    private String attendanceSummary(boolean byEvent, AttendanceSummaryQuery query, Model model) {
        model.addAttribute("byEvent", byEvent);
        if (byEvent) {
            model.addAttribute(
                    "events",
                    attendanceSummary.byEvent(query).stream()
                            .map(e -> new EventCountLine(
                                    e.eventId().value(),
                                    Labels.day(e.date()),
                                    e.title(),
                                    e.present(),
                                    e.absent(),
                                    e.guests(),
                                    e.attended(),
                                    e.total()))
                            .toList());
        } else {
            model.addAttribute(
                    "members",
                    attendanceSummary.byMember(query).stream()
                            .map(m -> new MemberCountLine(m.name(), m.attended(), m.missed(), m.listed()))
                            .toList());
        }
        return "events/attendance-summary";
    }

    private AttendanceSummaryQuery summaryHead(UUID id, AttendanceFilter filter, Model model) {
        UUID programId = filter.programId();
        CommunityId community = new CommunityId(id);
        model.addAttribute("communityId", id);
        model.addAttribute("communityName", getCommunity.get(community).name());
        List<Option> programs = new ArrayList<>();
        listPrograms
                .programsOf(community)
                .forEach(p -> programs.add(new Option(p.id().value().toString(), p.title())));
        model.addAttribute("programs", programs);
        LocalDate fromDay = day(filter.from());
        LocalDate toDay = day(filter.to());
        model.addAttribute("programId", programId == null ? "" : programId.toString());
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("to", toDay == null ? "" : toDay.toString());
        model.addAttribute(
                "query",
                UriComponentsBuilder.newInstance()
                        .queryParamIfPresent("programId", Optional.ofNullable(programId))
                        .queryParamIfPresent("from", Optional.ofNullable(fromDay))
                        .queryParamIfPresent("to", Optional.ofNullable(toDay))
                        .build()
                        .toUriString());
        return new AttendanceSummaryQuery(
                community, programId == null ? null : new ProgramId(programId), fromDay, toDay);
    }

    /** A day typed as 2025-10-20; none when blank or unreadable (the filter then leaves it out). */
    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
