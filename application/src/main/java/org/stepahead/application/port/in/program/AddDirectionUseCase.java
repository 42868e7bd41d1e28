package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.DirectionId;

/** Use case: add a direction to a draft program. */
public interface AddDirectionUseCase {

    DirectionId addDirection(DirectionCommand command);
}
