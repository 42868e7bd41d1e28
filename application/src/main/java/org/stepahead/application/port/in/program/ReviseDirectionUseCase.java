package org.stepahead.application.port.in.program;

/** Use case: revise a direction of a draft program. */
public interface ReviseDirectionUseCase {

    void reviseDirection(DirectionCommand command);
}
