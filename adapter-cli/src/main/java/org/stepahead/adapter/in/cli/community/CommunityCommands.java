package org.stepahead.adapter.in.cli.community;

import java.util.List;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.community.CommunityView;
import picocli.CommandLine.Command;

/** {@code community}: the community commands {@code found|revise|days-off|list|show}, and the columns they print. */
@Command(
        name = "community",
        subcommands = {
            FoundCommunityCliCommand.class,
            ReviseCommunityCliCommand.class,
            DaysOffCommands.class,
            ListCommunitiesCliCommand.class,
            GetCommunityCliCommand.class
        })
public final class CommunityCommands {

    static final List<Column<CommunityView>> COLUMNS = Column.table(
            CommunityView.class, "id name kind level coordinatingOrganization=coordinatingOrganizationName timeZone");

    static final List<Column<CommunityView>> DETAILS = Column.table(
            CommunityView.class,
            "id version name kind level coordinatingOrganization=coordinatingOrganizationName timeZone goal tasks "
                    + "principles forms");
}
