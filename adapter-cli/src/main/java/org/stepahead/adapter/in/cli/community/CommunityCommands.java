package org.stepahead.adapter.in.cli.community;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Form;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for communities: {@code community found|list|show}. */
@Command(
        name = "community",
        subcommands = {CommunityCommands.Found.class, CommunityCommands.ListAll.class, CommunityCommands.Show.class})
public final class CommunityCommands {

    static final List<Column<CommunityView>> COLUMNS = List.of(
            Column.of("column.id", CommunityView::id),
            Column.of("column.name", CommunityView::name),
            Column.of("column.kind", CommunityView::kind),
            Column.of("column.level", CommunityView::level),
            Column.of("column.coordinatingOrganization", CommunityView::coordinatingOrganizationName),
            Column.of("column.timeZone", CommunityView::timeZone));

    static final List<Column<CommunityView>> DETAILS = List.of(
            Column.of("column.id", CommunityView::id),
            Column.of("column.version", CommunityView::version),
            Column.of("column.name", CommunityView::name),
            Column.of("column.kind", CommunityView::kind),
            Column.of("column.level", CommunityView::level),
            Column.of("column.coordinatingOrganization", CommunityView::coordinatingOrganizationName),
            Column.of("column.timeZone", CommunityView::timeZone),
            Column.of("column.goal", CommunityView::goal),
            Column.of("column.tasks", CommunityView::tasks),
            Column.of("column.principles", CommunityView::principles),
            Column.of("column.forms", CommunityView::forms));

    /** {@code community found}: founds a community coordinated by an organization and prints its id. */
    @Command(name = "found")
    static final class Found extends CliCommand {
        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--kind", required = true)
        CommunityKind kind;

        @Option(names = "--level", required = true)
        CommunityLevel level;

        @Option(names = "--org", required = true)
        OrganizationId organization;

        @Option(names = "--time-zone")
        String timeZone;

        @Option(names = "--description")
        String description;

        @Option(names = "--goal")
        String goal;

        @Option(names = "--task")
        List<String> tasks = List.of();

        @Option(names = "--principle")
        List<String> principles = List.of();

        @Option(names = "--form", split = ",")
        List<Form> forms = List.of();

        @Option(names = "--document-title")
        String documentTitle;

        @Option(names = "--document-number")
        String documentNumber;

        @Option(names = "--document-date")
        LocalDate documentDate;

        @Override
        protected void run() {
            DocumentInput document = documentTitle == null && documentNumber == null && documentDate == null
                    ? null
                    : new DocumentInput(documentTitle, documentNumber, documentDate);
            ProfileInput profile = new ProfileInput(
                    description, goal, tasks, List.of(), principles, List.of(), forms, List.of(), List.of(), List.of());
            CommunityId id = app().foundCommunity()
                    .found(new FoundCommunityCommand(name, kind, level, organization, document, timeZone, profile));
            out().id(id);
        }
    }

    /** {@code community list}: every community in Russian alphabetical order. */
    @Command(name = "list")
    static final class ListAll extends CliCommand {
        @Override
        protected void run() {
            out().list(app().listCommunities().list(), COLUMNS);
        }
    }

    /** {@code community show ID}: a community and its profile. */
    @Command(name = "show")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "ID")
        CommunityId id;

        @Override
        protected void run() {
            out().one(app().getCommunity().get(id), DETAILS);
        }
    }
}
