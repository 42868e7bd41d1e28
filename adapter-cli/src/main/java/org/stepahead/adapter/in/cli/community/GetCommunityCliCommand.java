package org.stepahead.adapter.in.cli.community;

import org.stepahead.adapter.in.cli.support.ShowCliCommand;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code community show ID}: a community and its profile. */
@Command(name = "show")
final class GetCommunityCliCommand extends ShowCliCommand<CommunityId, CommunityView> {

    @Parameters(index = "0", paramLabel = "ID")
    CommunityId id;

    GetCommunityCliCommand(GetCommunityUseCase getCommunity) {
        super(getCommunity::get, CommunityCommands.DETAILS);
    }
}
