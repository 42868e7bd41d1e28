package org.stepahead.application.port.in.event;

/** Use case: record an event's minutes, once it has taken place. */
public interface RecordMinutesUseCase {

    /**
     * Records the minutes; an invalid command throws InvalidCommandException, an unknown event or community NotFound, a
     * stale expected version ConflictException, a cancelled event, one not yet taken place, minutes dated before it or replacing
     * planned decisions DomainRuleViolation.
     */
    void recordMinutes(RecordMinutesCommand command);
}
