package org.stepahead.application.service.event;

import java.util.ArrayList;
import java.util.List;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.GenerationReport.GeneratedEvent;
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
 * Service: generates the events of a program's activities from their schedules ({@link EventGeneration}) on the
 * default Russian school calendar plus the command's extra days off, in one unit of work. The program's events are
 * read once; the store's unique (activity, occurrence) constraint backs the idempotence against a concurrent run.
 */
public final class EventGenerationService implements GenerateEventsUseCase {

    /** The name the extra non-working periods of a command carry in the calendar. */
    static final String EXTRA_DAYS_OFF = "дополнительные нерабочие дни";

    private final UseCaseRunner runner;
    private final EventRepository events;
    private final ProgramRepository programs;

    public EventGenerationService(UseCaseRunner runner, EventRepository events, ProgramRepository programs) {
        this.runner = runner;
        this.events = events;
        this.programs = programs;
    }

    @Override
    public GenerationReport generate(GenerateEventsCommand c) {
        return runner.execute(c, changes -> {
            Program program = program(c);
            List<GeneratedEvent> created = new ArrayList<>();
            List<GeneratedEvent> existing = new ArrayList<>();
            List<ActivityOccurrences> activities = new ArrayList<>();
            for (EventGeneration.Result r : results(program, c)) {
                for (Event event : r.created()) {
                    changes.save(events::save, event);
                    created.add(generated(event));
                }
                r.existing().forEach(e -> existing.add(generated(e)));
                activities.add(occurrences(program, r));
            }
            return new GenerationReport(program.getId(), created, existing, activities);
        });
    }

    @Override
    public List<ActivityOccurrences> preview(GenerateEventsCommand c) {
        return runner.query(c, q -> {
            Program program = program(c);
            return results(program, c).stream()
                    .map(r -> occurrences(program, r))
                    .toList();
        });
    }

    private Program program(GenerateEventsCommand c) {
        return programs.findById(c.programId()).orElseThrow(() -> new NotFound("program", c.programId()));
    }

    private List<EventGeneration.Result> results(Program program, GenerateEventsCommand c) {
        List<Activity> scope = scope(program, c);
        List<Period> extra = c.nonWorking() == null
                ? List.of()
                : c.nonWorking().stream().map(d -> Period.of(d.from(), d.to())).toList();
        WorkingCalendar calendar =
                WorkingCalendar.russianSchool(program.period()).withNonWorking(EXTRA_DAYS_OFF, extra);
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

    private static GeneratedEvent generated(Event e) {
        return new GeneratedEvent(e.getId(), e.activityId(), e.details().title(), e.occurrence(), e.date());
    }

    private static ActivityOccurrences occurrences(Program program, EventGeneration.Result r) {
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
