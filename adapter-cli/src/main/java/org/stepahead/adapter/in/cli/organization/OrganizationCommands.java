package org.stepahead.adapter.in.cli.organization;

import java.util.List;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.organization.OrganizationView;
import picocli.CommandLine.Command;

/** {@code org}: the organization commands {@code register|list|show}, and the columns they print. */
@Command(
        name = "org",
        subcommands = {
            RegisterOrganizationCliCommand.class,
            ListOrganizationsCliCommand.class,
            GetOrganizationCliCommand.class
        })
public final class OrganizationCommands {

    static final List<Column<OrganizationView>> COLUMNS =
            Column.table(OrganizationView.class, "id name shortName kind municipality lowResults hardSocialConditions");
}
