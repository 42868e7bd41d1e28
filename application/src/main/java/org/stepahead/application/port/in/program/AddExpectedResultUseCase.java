package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ExpectedResultId;

/** Use case: add an expected result to a program not yet completed. */
public interface AddExpectedResultUseCase {

    /**
     * Adds the expected result (of a stage, or of the whole program without one) and returns its new id; an invalid
     * command throws InvalidCommandException, an unknown program NotFound, a stale expected version ConflictException
     * or an unknown stage NotFound, a completed program or a closed stage DomainRuleViolation.
     */
    ExpectedResultId addExpectedResult(AddExpectedResultCommand command);
}
