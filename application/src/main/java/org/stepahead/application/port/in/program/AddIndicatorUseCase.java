package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.IndicatorId;

/** Use case: add an indicator to a program not yet completed. */
public interface AddIndicatorUseCase {

    /**
     * Adds the target indicator and returns its new id; an invalid command throws InvalidCommandException, an unknown
     * program NotFound, a stale expected version ConflictException, a completed program or a target lying against the
     * direction DomainRuleViolation.
     */
    IndicatorId addIndicator(AddIndicatorCommand command);
}
