package org.stepahead.application.port.in.program;

/** Use case: start a stage. One stage runs at a time, in order. */
public interface StartStageUseCase {

    void startStage(StageLifecycleCommand command);
}
