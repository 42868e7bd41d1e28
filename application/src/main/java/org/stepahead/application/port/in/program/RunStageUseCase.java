package org.stepahead.application.port.in.program;

/**
 * Use case: start and close stages. One stage runs at a time, in order; a stage closes once its results are
 * assessed; closing the last completes the program.
 */
public interface RunStageUseCase {

    void startStage(StageLifecycleCommand command);

    void closeStage(StageLifecycleCommand command);
}
