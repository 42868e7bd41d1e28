package org.stepahead.adapter.in.cli.membership;

import java.util.List;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code member roles ID}: gives a member a new set of roles. */
@Command(name = "roles")
final class ChangeMemberRolesCliCommand extends ChangeCliCommand<ChangeMemberRolesCommand> {

    @Parameters(index = "0", paramLabel = "MEMBERSHIP")
    MembershipId membership;

    @Option(names = "--role", split = ",", required = true)
    List<Role> roles;

    ChangeMemberRolesCliCommand(ChangeMemberRolesUseCase changeMemberRoles) {
        super(changeMemberRoles::changeRoles);
    }

    @Override
    protected ChangeMemberRolesCommand command(Long expectedVersion) {
        return new ChangeMemberRolesCommand(membership, MemberCommands.roles(roles), expectedVersion);
    }
}
