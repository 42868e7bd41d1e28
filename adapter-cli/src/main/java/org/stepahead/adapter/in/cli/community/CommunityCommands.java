package org.stepahead.adapter.in.cli.community;

import java.util.List;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.community.CommunityView;
import picocli.CommandLine.Command;

/** {@code community}: the community commands {@code found|list|show}, and the columns they print. */
@Command(
        name = "community",
        subcommands = {FoundCommunityCliCommand.class, ListCommunitiesCliCommand.class, GetCommunityCliCommand.class})
public final class CommunityCommands {

    static final List<Column<CommunityView>> COLUMNS = List.of(
            Column.of("column.id", CommunityView::id),
            Column.of("column.name", CommunityView::name),
            Column.of("column.kind", CommunityView::kind),
            Column.of("column.level", CommunityView::level),
            Column.of("column.coordinatingOrganization", CommunityView::coordinatingOrganizationName),
            Column.of("column.timeZone", CommunityView::timeZone));

    /** The listing's columns with the version after the id, then the profile. */
    static final List<Column<CommunityView>> DETAILS = Column.concat(
            COLUMNS.subList(0, 1),
            List.of(Column.of("column.version", CommunityView::version)),
            COLUMNS.subList(1, COLUMNS.size()),
            List.of(
                    Column.of("column.goal", CommunityView::goal),
                    Column.of("column.tasks", CommunityView::tasks),
                    Column.of("column.principles", CommunityView::principles),
                    Column.of("column.forms", CommunityView::forms)));
}
