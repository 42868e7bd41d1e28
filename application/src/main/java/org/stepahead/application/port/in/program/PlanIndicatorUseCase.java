package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.IndicatorId;

/** Use case: add or revise a program's target indicators. */
public interface PlanIndicatorUseCase {

    IndicatorId addIndicator(IndicatorCommand command);

    void reviseIndicator(IndicatorCommand command);
}
