package org.stepahead.adapter.in.cli.community;

import org.stepahead.adapter.in.cli.support.ListAllCliCommand;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import picocli.CommandLine.Command;

/** {@code community list}: every community in Russian alphabetical order. */
@Command(name = "list")
final class ListCommunitiesCliCommand extends ListAllCliCommand<CommunityView> {

    ListCommunitiesCliCommand(ListCommunitiesUseCase listCommunities) {
        super(listCommunities::list, CommunityCommands.COLUMNS);
    }
}
