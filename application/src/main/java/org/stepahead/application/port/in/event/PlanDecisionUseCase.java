package org.stepahead.application.port.in.event;

import org.stepahead.domain.program.ActivityId;

/** Use case: a decision of the minutes becomes a plan item (an activity with a deadline), once. */
public interface PlanDecisionUseCase {

    ActivityId plan(PlanDecisionCommand command);
}
