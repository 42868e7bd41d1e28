package org.stepahead.application.port.in.membership;

/** Use case: change a member's roles. */
public interface ChangeMemberRolesUseCase {

    void changeRoles(ChangeMemberRolesCommand command);
}
