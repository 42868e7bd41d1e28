package org.stepahead.application.port.in.event;

/** Use case: cancel an event that has not been held. */
public interface CancelEventUseCase {

    /**
     * Cancels the event; an invalid command throws InvalidCommandException, an unknown event NotFound, a stale expected
     * version ConflictException, an event cancelled already ({@code event.cancelled}) or one whose attendance or minutes
     * are recorded ({@code event.alreadyRecorded}) DomainRuleViolation.
     */
    void cancel(CancelEventCommand command);
}
