package org.stepahead.application.service.event;

import java.time.LocalTime;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.Period;

/**
 * Service: moves an event. The period an activity's event must stay in is the one scheduling uses: the activity's
 * stage period, or the program's period for an activity of no stage. A standalone event has no such period.
 */
public record RescheduleEventService(UseCaseRunner runner, EventRepository events, ProgramRepository programs)
        implements RescheduleEventUseCase {

    @Override
    public void reschedule(RescheduleEventCommand c) {
        runner.change(
                c,
                events,
                "event",
                c.eventId(),
                c.expectedVersion(),
                event -> event.reschedule(details(event.details(), c), allowedPeriod(event)));
    }

    private Period allowedPeriod(Event event) {
        if (event.programId() == null) {
            return null;
        }
        Program program = UseCaseRunner.load(programs, "program", event.programId());
        return program.periodOf(event.activityId());
    }

    private static Event.Details details(Event.Details current, RescheduleEventCommand c) {
        boolean keepTimes = c.startsAt() == null && c.endsAt() == null;
        LocalTime startsAt = keepTimes ? current.startsAt() : c.startsAt();
        LocalTime endsAt = keepTimes ? current.endsAt() : c.endsAt();
        String place = c.place() == null || c.place().isBlank() ? current.place() : c.place();
        return new Event.Details(
                current.title(), current.form(), c.date(), startsAt, endsAt, place, current.facilitators());
    }
}
