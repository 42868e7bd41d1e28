package org.stepahead.application.port.in.program;

/** Use case: revise a planned activity of a program not yet completed. */
public interface ReviseActivityUseCase {

    /**
     * Rewrites the activity's details; an invalid command throws InvalidCommandException, an unknown program NotFound,
     * a stale expected version ConflictException or an unknown activity, stage or direction NotFound, a completed
     * program DomainRuleViolation.
     */
    void reviseActivity(ReviseActivityCommand command);
}
