package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ActivityId;

/** Use case: plan or revise a program's activities. */
public interface PlanActivityUseCase {

    ActivityId planActivity(ActivityCommand command);

    void reviseActivity(ActivityCommand command);
}
