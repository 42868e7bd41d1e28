package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.StageId;

/** Use case: add a stage to a draft program. */
public interface PlanStageUseCase {

    StageId addStage(StageCommand command);
}
