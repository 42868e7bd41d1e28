package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.StageId;

/** Use case: add a stage to a draft program. */
public interface PlanStageUseCase {

    /**
     * Adds the stage and returns its new id; an invalid command throws InvalidCommandException, an unknown program
     * NotFound, a stale expected version ConflictException, a program no longer a draft or a period outside the
     * program's or overlapping another stage DomainRuleViolation.
     */
    StageId addStage(PlanStageCommand command);
}
