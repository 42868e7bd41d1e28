package org.stepahead.application.port.in.program;

/** Use case: revise a planned activity of a draft program. */
public interface ReviseActivityUseCase {

    void reviseActivity(ActivityCommand command);
}
