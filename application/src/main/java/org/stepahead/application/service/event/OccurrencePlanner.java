package org.stepahead.application.service.event;

import java.util.List;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerationReport.GeneratedEvent;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventGeneration;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.WorkingCalendar;

/**
 * What generating events and previewing them share: the occurrences of a program's activities by their schedules
 * ({@link EventGeneration}) on the community's school calendar (the default Russian one with the community's own days
 * off) plus the command's extra days off. The program's
 * events are read once; the store's unique (activity, occurrence) constraint backs the idempotence against a
 * concurrent run.
 */
final class OccurrencePlanner {

    /** The name the extra non-working periods of a command carry in the calendar. */
    static final String EXTRA_DAYS_OFF = "дополнительные нерабочие дни";

    private final EventRepository events;
    private final ProgramRepository programs;
    private final CommunityRepository communities;

    OccurrencePlanner(EventRepository events, ProgramRepository programs, CommunityRepository communities) {
        this.events = events;
        this.programs = programs;
        this.communities = communities;
    }

    Program program(GenerateEventsCommand c) {
        return UseCaseRunner.load(programs, "program", c.programId());
    }

    List<EventGeneration.Result> results(Program program, GenerateEventsCommand c) {
        List<Activity> scope = scope(program, c);
        List<Period> extra = c.nonWorking() == null
                ? List.of()
                : c.nonWorking().stream().map(d -> Period.of(d.from(), d.to())).toList();
        WorkingCalendar calendar = communities
                .findById(program.communityId())
                .map(community -> community.calendar(program.period()))
                .orElseGet(() -> WorkingCalendar.russianSchool(program.period()))
                .withNonWorking(EXTRA_DAYS_OFF, extra);
        List<Event> known = scope.isEmpty() ? List.of() : events.findByProgram(program.getId());
        return scope.stream()
                .map(a -> EventGeneration.generate(program, a.getId(), calendar, known, EventId::random))
                .toList();
    }

    /** The activities of the command's scope: one activity, a stage's activities, or all, in plan order. */
    private static List<Activity> scope(Program program, GenerateEventsCommand c) {
        if (c.stageId() != null) {
            program.stage(c.stageId());
        }
        if (c.activityId() != null) {
            Activity activity = program.activity(c.activityId());
            if (c.stageId() != null && !c.stageId().equals(activity.stageId())) {
                throw new NotFound("activity", c.activityId());
            }
            return List.of(activity);
        }
        return program.activities().stream()
                .filter(a -> c.stageId() == null || c.stageId().equals(a.stageId()))
                .toList();
    }

    static GeneratedEvent generated(Event e) {
        return new GeneratedEvent(e.getId(), e.activityId(), e.details().title(), e.occurrence(), e.date());
    }

    static ActivityOccurrences occurrences(Program program, EventGeneration.Result r) {
        Activity a = program.activity(r.activityId());
        return new ActivityOccurrences(
                a.getId(),
                a.number(),
                a.title(),
                a.stageId(),
                a.schedule() == null ? null : a.schedule().text(),
                r.occurrences().dates(),
                r.occurrences().status(),
                Messages.label(r.occurrences().status(), Messages.RUSSIAN));
    }
}
