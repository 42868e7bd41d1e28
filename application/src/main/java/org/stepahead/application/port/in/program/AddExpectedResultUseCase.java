package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ExpectedResultId;

/** Use case: add an expected result to a draft program. */
public interface AddExpectedResultUseCase {

    ExpectedResultId addExpectedResult(ExpectedResultCommand command);
}
