package org.stepahead.application.port.in.membership;

/** Use case: change a member's roles. */
public interface ChangeMemberRolesUseCase {

    /**
     * Replaces the member's roles; an invalid command throws InvalidCommandException, an unknown membership or educator
     * NotFound, a stale expected version ConflictException, roles the membership rules refuse DomainRuleViolation.
     */
    void changeRoles(ChangeMemberRolesCommand command);
}
