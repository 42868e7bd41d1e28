package org.stepahead.application.port.in.program;

/** Use case: revise a stage of a draft program. */
public interface ReviseStageUseCase {

    void reviseStage(StageCommand command);
}
