package org.stepahead.application.port.in.program;

/** Use case: revise an expected result of a program not yet completed. */
public interface ReviseExpectedResultUseCase {

    /**
     * Rewrites the expected result; an invalid command throws InvalidCommandException, an unknown program NotFound, a
     * stale expected version ConflictException or an unknown result or stage NotFound, a completed program, a closed
     * old or new stage or an achieved product left without evidence DomainRuleViolation.
     */
    void reviseExpectedResult(ReviseExpectedResultCommand command);
}
