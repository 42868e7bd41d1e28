package org.stepahead.application.port.in.program;

/** Use case: revise an indicator of a program not yet completed. */
public interface ReviseIndicatorUseCase {

    /**
     * Changes the indicator, keeping its measurements; an invalid command throws InvalidCommandException, an unknown
     * program NotFound, a stale expected version ConflictException or an unknown indicator NotFound, a completed
     * program or a target lying against the direction DomainRuleViolation.
     */
    void reviseIndicator(ReviseIndicatorCommand command);
}
