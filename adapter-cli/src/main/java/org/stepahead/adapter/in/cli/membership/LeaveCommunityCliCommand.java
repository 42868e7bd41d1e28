package org.stepahead.adapter.in.cli.membership;

import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.domain.membership.MembershipId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code member leave ID}: a member leaves the community. */
@Command(name = "leave")
final class LeaveCommunityCliCommand extends CliCommand {

    private final LeaveCommunityUseCase leaveCommunity;

    @Parameters(index = "0", paramLabel = "MEMBERSHIP")
    MembershipId membership;

    @Option(names = "--on")
    LocalDate leftOn;

    @Mixin
    ExpectedVersionOption expectedVersion;

    LeaveCommunityCliCommand(LeaveCommunityUseCase leaveCommunity) {
        this.leaveCommunity = leaveCommunity;
    }

    @Override
    protected void run() {
        leaveCommunity.leave(new LeaveCommunityCommand(membership, leftOn, expectedVersion.value()));
        out().id(membership);
    }
}
