package org.stepahead.application.port.in.program;

/** Use case: revise a stage of a draft program. */
public interface ReviseStageUseCase {

    /**
     * Changes the stage's name, kind, period and description; an invalid command throws InvalidCommandException, an
     * unknown program NotFound, a stale expected version ConflictException or an unknown stage NotFound, a program no
     * longer a draft or a period outside the program's or overlapping another stage DomainRuleViolation.
     */
    void reviseStage(ReviseStageCommand command);
}
