package org.stepahead.application.port.in.program;

/** Use case: close the running stage once its results are assessed; closing the last completes the program. */
public interface CloseStageUseCase {

    /**
     * Closes the stage on the given day (today when none); an invalid command throws InvalidCommandException, an
     * unknown program NotFound, a stale expected version ConflictException, an unknown stage or unassessed results
     * DomainRuleViolation.
     */
    void closeStage(CloseStageCommand command);
}
