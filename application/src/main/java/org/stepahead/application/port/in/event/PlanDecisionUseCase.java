package org.stepahead.application.port.in.event;

import org.stepahead.domain.program.ActivityId;

/** Use case: a decision of the minutes becomes a plan item (an activity with a deadline), once. */
public interface PlanDecisionUseCase {

    /**
     * Plans the decision as an activity of the program, due by the deadline, and returns its id; an invalid command
     * throws InvalidCommandException, an unknown event or a program not of the event's community NotFound, a stale
     * expected version ConflictException, no such decision, one already planned or a deadline outside the period
     * DomainRuleViolation.
     */
    ActivityId plan(PlanDecisionCommand command);
}
