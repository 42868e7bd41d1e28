package org.stepahead.application.port.in.membership;

/** Use case: let a member leave; every tutoring link they are part of, as tutee or tutor, ends that day. */
public interface LeaveCommunityUseCase {

    /**
     * Lets the member leave on the given day (today in the community's time zone when none); an invalid command throws
     * InvalidCommandException, an unknown membership NotFound, a stale expected version ConflictException, a day the
     * membership rules refuse DomainRuleViolation.
     */
    void leave(LeaveCommunityCommand command);
}
