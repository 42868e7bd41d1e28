package org.stepahead.application.port.in.program;

/** Use case: revise an expected result of a draft program. */
public interface ReviseExpectedResultUseCase {

    void reviseExpectedResult(ExpectedResultCommand command);
}
