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

    static final List<Column<OrganizationView>> COLUMNS = List.of(
            Column.of("column.id", OrganizationView::id),
            Column.of("column.name", OrganizationView::name),
            Column.of("column.shortName", OrganizationView::shortName),
            Column.of("column.kind", OrganizationView::kind),
            Column.of("column.municipality", OrganizationView::municipality),
            Column.of("column.lowResults", OrganizationView::lowResults),
            Column.of("column.hardSocialConditions", OrganizationView::hardSocialConditions));
}
