package org.stepahead.application.port.in.program;

/** Use case: approve a program; it needs a goal, a task and a stage. */
public interface ApproveProgramUseCase {

    void approve(ApproveProgramCommand command);
}
