package org.stepahead.adapter.in.cli.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepahead.domain.membership.Role;
import picocli.CommandLine.Command;

/** {@code member}: the member commands {@code admit|roles|leave|list|show}. */
@Command(
        name = "member",
        subcommands = {
            AdmitMemberCliCommand.class,
            ChangeMemberRolesCliCommand.class,
            LeaveCommunityCliCommand.class,
            GetMemberRegisterCliCommand.class,
            GetMembershipCliCommand.class
        })
public final class MemberCommands {

    static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
