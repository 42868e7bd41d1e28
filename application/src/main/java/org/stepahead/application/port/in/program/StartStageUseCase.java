package org.stepahead.application.port.in.program;

/** Use case: start a stage. One stage runs at a time, in order. */
public interface StartStageUseCase {

    /**
     * Starts the stage on the given day (today when none); an invalid command throws InvalidCommandException, an
     * unknown program NotFound, a stale expected version ConflictException, an unknown stage, a program not approved,
     * another stage running or an earlier one not closed DomainRuleViolation.
     */
    void startStage(StartStageCommand command);
}
