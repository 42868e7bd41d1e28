package org.stepahead.adapter.in.cli.organization;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for organizations: {@code org register|list|show}. */
@Command(
        name = "org",
        subcommands = {
            OrganizationCommands.Register.class,
            OrganizationCommands.ListAll.class,
            OrganizationCommands.Show.class
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

    /** {@code org register}: registers an organization and prints its id. */
    @Command(name = "register")
    static final class Register extends CliCommand {
        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--short-name")
        String shortName;

        @Option(names = "--kind", required = true)
        OrganizationKind kind;

        @Option(names = "--municipality")
        String municipality;

        @Option(names = "--low-results")
        boolean lowResults;

        @Option(names = "--hard-social-conditions")
        boolean hardSocialConditions;

        @Override
        protected void run() {
            OrganizationId id = app().registerOrganization()
                    .register(new RegisterOrganizationCommand(
                            name, shortName, kind, municipality, lowResults, hardSocialConditions));
            out().id(id);
        }
    }

    /** {@code org list}: every organization in Russian alphabetical order. */
    @Command(name = "list")
    static final class ListAll extends CliCommand {
        @Override
        protected void run() {
            out().list(app().listOrganizations().list(), COLUMNS);
        }
    }

    /** {@code org show ID}: one organization. */
    @Command(name = "show")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "ID")
        OrganizationId id;

        @Override
        protected void run() {
            out().one(app().getOrganization().get(id), COLUMNS);
        }
    }
}
