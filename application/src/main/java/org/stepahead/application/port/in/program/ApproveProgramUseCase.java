package org.stepahead.application.port.in.program;

/** Use case: approve a draft program; it needs a goal, a task, a stage and an activity. */
public interface ApproveProgramUseCase {

    /**
     * Approves the program on the given day (today in the community's time zone when none); an invalid command throws
     * InvalidCommandException, an unknown program NotFound, a stale expected version ConflictException, a program not
     * ready for approval (not a draft, or without a goal, a task, a stage or an activity) DomainRuleViolation.
     */
    void approve(ApproveProgramCommand command);
}
