package org.stepahead.application.port.in.program;

/** Use case: close the running stage once its results are assessed; closing the last completes the program. */
public interface CloseStageUseCase {

    void closeStage(StageLifecycleCommand command);
}
