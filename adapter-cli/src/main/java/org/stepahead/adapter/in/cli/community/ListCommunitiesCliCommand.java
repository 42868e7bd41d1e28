package org.stepahead.adapter.in.cli.community;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import picocli.CommandLine.Command;

/** {@code community list}: every community in Russian alphabetical order. */
@Command(name = "list")
final class ListCommunitiesCliCommand extends CliCommand {

    private final ListCommunitiesUseCase listCommunities;

    ListCommunitiesCliCommand(ListCommunitiesUseCase listCommunities) {
        this.listCommunities = listCommunities;
    }

    @Override
    protected void run() {
        out().list(listCommunities.list(), CommunityCommands.COLUMNS);
    }
}
