package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.StageId;

/** Use case: add or revise the stages of a draft program. */
public interface PlanStageUseCase {

    StageId addStage(StageCommand command);

    void reviseStage(StageCommand command);
}
