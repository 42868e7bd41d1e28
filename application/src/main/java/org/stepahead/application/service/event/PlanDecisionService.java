package org.stepahead.application.service.event;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Schedule;

/**
 * Service: a decision of an event's minutes becomes an activity of a program of the same community, due by a
 * deadline ("до 15.03.2021"), with its responsible parties; the event remembers the link, so the same decision is
 * never planned twice. Both aggregates change in one unit of work.
 */
public final class PlanDecisionService implements PlanDecisionUseCase {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int MAX_TITLE = 2000;

    private final UseCaseRunner runner;
    private final EventRepository events;
    private final ProgramRepository programs;

    public PlanDecisionService(UseCaseRunner runner, EventRepository events, ProgramRepository programs) {
        this.runner = runner;
        this.events = events;
        this.programs = programs;
    }

    @Override
    public ActivityId plan(PlanDecisionCommand c) {
        return runner.execute(c, changes -> {
            Event event = UseCaseRunner.load(events, "event", c.eventId());
            UseCaseRunner.expectVersion(c.expectedVersion(), event, "event");
            Program program = UseCaseRunner.load(programs, "program", c.programId());
            if (!program.communityId().equals(event.communityId())) {
                throw new NotFound("program", c.programId());
            }
            String words = event.decision(c.item(), c.decision());
            ActivityId id = ActivityId.random();
            event.planDecision(c.item(), c.decision(), program.getId(), id);
            String title = c.title() == null || c.title().isBlank() ? shortened(words) : c.title();
            String minutes = event.minutes().number();
            Activity.Details details = new Activity.Details(
                    c.number(),
                    title,
                    "Решение протокола № " + minutes + " от "
                            + RUSSIAN_DATE.format(event.minutes().date()) + ", вопрос " + c.item() + ": " + words,
                    c.directionId(),
                    c.stageId(),
                    List.of(),
                    new Schedule.Once(c.deadline(), true, "до " + RUSSIAN_DATE.format(c.deadline())),
                    c.responsible() == null
                            ? List.of()
                            : c.responsible().stream().map(Responsible::named).toList(),
                    List.of());
            program.planActivityDueBy(id, details, c.deadline());
            changes.save(programs::save, program);
            changes.save(events::save, event);
            return id;
        });
    }

    private static String shortened(String words) {
        return words.length() <= MAX_TITLE ? words : words.substring(0, MAX_TITLE - 1) + "…";
    }
}
