package org.stepahead.adapter.in.cli.membership;

import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.domain.membership.MembershipId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code member leave ID}: a member leaves the community. */
@Command(name = "leave")
final class LeaveCommunityCliCommand extends ChangeCliCommand<LeaveCommunityCommand> {

    @Parameters(index = "0", paramLabel = "MEMBERSHIP")
    MembershipId membership;

    @Option(names = "--on")
    LocalDate leftOn;

    LeaveCommunityCliCommand(LeaveCommunityUseCase leaveCommunity) {
        super(leaveCommunity::leave);
    }

    @Override
    protected LeaveCommunityCommand command(Long expectedVersion) {
        return new LeaveCommunityCommand(membership, leftOn, expectedVersion);
    }
}
