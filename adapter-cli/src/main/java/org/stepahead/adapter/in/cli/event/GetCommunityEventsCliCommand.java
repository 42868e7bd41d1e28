package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code event list}: a community's events from one day to another. */
@Command(name = "list")
final class GetCommunityEventsCliCommand extends CliCommand {

    private final GetCommunityEventsUseCase communityEvents;

    @Option(names = "--community", required = true)
    CommunityId community;

    @Option(names = "--from", defaultValue = "1900-01-01")
    LocalDate from;

    @Option(names = "--to", defaultValue = "2999-12-31")
    LocalDate to;

    GetCommunityEventsCliCommand(GetCommunityEventsUseCase communityEvents) {
        this.communityEvents = communityEvents;
    }

    @Override
    protected void run() {
        out().list(communityEvents.events(new CommunityEventsQuery(community, from, to)), EventCommands.COLUMNS);
    }
}
