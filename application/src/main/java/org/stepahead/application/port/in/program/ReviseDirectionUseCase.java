package org.stepahead.application.port.in.program;

/** Use case: revise a direction of a program not yet completed. */
public interface ReviseDirectionUseCase {

    /**
     * Changes the direction's number and title; an invalid command throws InvalidCommandException, an unknown program
     * NotFound, a stale expected version ConflictException or an unknown direction NotFound, a completed program
     * DomainRuleViolation.
     */
    void reviseDirection(ReviseDirectionCommand command);
}
