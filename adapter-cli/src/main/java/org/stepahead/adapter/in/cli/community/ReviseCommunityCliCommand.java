package org.stepahead.adapter.in.cli.community;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
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
final class ReviseCommunityCliCommand extends CliCommand {

    private final ReviseCommunityUseCase reviseCommunity;

    @Parameters(index = "0", paramLabel = "ID")
    CommunityId id;

    @Mixin
    CommunityOptions community;

    @Mixin
    ExpectedVersionOption expectedVersion;

    ReviseCommunityCliCommand(ReviseCommunityUseCase reviseCommunity) {
        this.reviseCommunity = reviseCommunity;
    }

    @Override
    protected void run() {
        CommunityOptions c = community;
        reviseCommunity.revise(
                new ReviseCommunityCommand(id, c.name, c.document(), c.timeZone, c.profile(), expectedVersion.value()));
        out().id(id);
    }
}
