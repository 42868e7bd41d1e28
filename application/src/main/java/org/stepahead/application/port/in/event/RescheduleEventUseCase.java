package org.stepahead.application.port.in.event;

/** Use case: move an event to another day, times or place. */
public interface RescheduleEventUseCase {

    /**
     * Moves the event. An event of a planned activity stays inside the activity's stage period (or the program's period
     * when the activity belongs to no stage); a standalone event may move to any day. An invalid command throws
     * InvalidCommandException, an unknown event or program NotFound, a stale expected version ConflictException, a day
     * outside the period ({@code event.outsideStage}), a cancelled event ({@code event.cancelled}), a new day for an event
     * whose attendance or minutes are recorded ({@code event.alreadyRecorded}) or an end before the start
     * DomainRuleViolation.
     */
    void reschedule(RescheduleEventCommand command);
}
