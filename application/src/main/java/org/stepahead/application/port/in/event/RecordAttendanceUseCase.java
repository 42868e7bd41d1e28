package org.stepahead.application.port.in.event;

/** Use case: record an event's attendance, once it has taken place. */
public interface RecordAttendanceUseCase {

    /**
     * Records who attended; an invalid command or one listing nobody throws InvalidCommandException, an unknown event
     * or community NotFound, a stale expected version ConflictException, a cancelled event, one not yet taken place, a listed
     * non-member or a member listed twice DomainRuleViolation.
     */
    void recordAttendance(RecordAttendanceCommand command);
}
