package org.stepahead.adapter.in.cli.community;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.community.ReviseCommunityCommand;
import org.stepahead.application.port.in.community.ReviseCommunityUseCase;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code community revise ID}: rewrites a community's name, time zone, founding document and whole profile (what the
 * options do not give is cleared); its kind, level and coordinating organization stay.
 */
@Command(name = "revise")
final class ReviseCommunityCliCommand extends ChangeCliCommand<ReviseCommunityCommand> {

    @Parameters(index = "0", paramLabel = "ID")
    CommunityId id;

    @Mixin
    CommunityOptions community;

    ReviseCommunityCliCommand(ReviseCommunityUseCase reviseCommunity) {
        super(reviseCommunity::revise);
    }

    @Override
    protected ReviseCommunityCommand command(Long expectedVersion) {
        CommunityOptions c = community;
        return new ReviseCommunityCommand(id, c.name, c.document(), c.timeZone, c.profile(), expectedVersion);
    }
}
