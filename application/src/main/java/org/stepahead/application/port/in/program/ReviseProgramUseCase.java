package org.stepahead.application.port.in.program;

/** Use case: revise a draft program. */
public interface ReviseProgramUseCase {

    /**
     * Replaces the program's main content (kind, title, summary, goal, tasks, period); an invalid command throws
     * InvalidCommandException, an unknown program NotFound, a stale expected version ConflictException, a program no
     * longer a draft or a period that no longer holds its stages or measurements DomainRuleViolation.
     */
    void revise(ReviseProgramCommand command);
}
