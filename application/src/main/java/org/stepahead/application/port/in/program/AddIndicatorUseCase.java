package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.IndicatorId;

/** Use case: add an indicator to a draft program. */
public interface AddIndicatorUseCase {

    IndicatorId addIndicator(IndicatorCommand command);
}
