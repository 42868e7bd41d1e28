package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.DirectionId;

/** Use case: add a direction to a program not yet completed. */
public interface AddDirectionUseCase {

    /**
     * Adds the direction and returns its new id; an invalid command throws InvalidCommandException, an unknown program
     * NotFound, a stale expected version ConflictException, a completed program DomainRuleViolation.
     */
    DirectionId addDirection(AddDirectionCommand command);
}
