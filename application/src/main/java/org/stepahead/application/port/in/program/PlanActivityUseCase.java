package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ActivityId;

/** Use case: plan an activity of a draft program. */
public interface PlanActivityUseCase {

    ActivityId planActivity(ActivityCommand command);
}
