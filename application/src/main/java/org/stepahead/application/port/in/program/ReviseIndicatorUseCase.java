package org.stepahead.application.port.in.program;

/** Use case: revise an indicator of a draft program. */
public interface ReviseIndicatorUseCase {

    void reviseIndicator(IndicatorCommand command);
}
