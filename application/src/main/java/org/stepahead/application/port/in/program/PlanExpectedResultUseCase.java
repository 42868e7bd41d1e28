package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ExpectedResultId;

/** Use case: add or revise a program's expected results. */
public interface PlanExpectedResultUseCase {

    ExpectedResultId addExpectedResult(ExpectedResultCommand command);

    void reviseExpectedResult(ExpectedResultCommand command);
}
