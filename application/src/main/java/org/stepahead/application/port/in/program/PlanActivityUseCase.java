package org.stepahead.application.port.in.program;

import org.stepahead.domain.program.ActivityId;

/** Use case: plan an activity of a program not yet completed. */
public interface PlanActivityUseCase {

    /**
     * Plans the activity and returns its new id; an invalid command throws InvalidCommandException, an unknown program
     * NotFound, a stale expected version ConflictException or an unknown stage or direction NotFound, a completed
     * program DomainRuleViolation.
     */
    ActivityId planActivity(PlanActivityCommand command);
}
