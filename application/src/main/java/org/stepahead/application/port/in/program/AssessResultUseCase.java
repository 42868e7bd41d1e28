package org.stepahead.application.port.in.program;

/** Use case: assess an expected result; a product is achieved only with evidence. */
public interface AssessResultUseCase {

    /**
     * Records the assessment of the expected result (dated today when no day is given); an invalid command throws
     * InvalidCommandException, an unknown program NotFound, a stale expected version ConflictException, an unknown
     * result, a program not approved, a result whose stage is not running or an achieved product without evidence
     * DomainRuleViolation.
     */
    void assess(AssessResultCommand command);
}
