package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.DirectionId;

/** Use case: add or revise a program's directions (sections). */
public interface PlanDirectionUseCase {

    DirectionId addDirection(DirectionCommand command);

    void reviseDirection(DirectionCommand command);
}
