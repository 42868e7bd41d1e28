package org.stepahead.adapter.in.cli.community;

import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.community.RemoveDaysOffCommand;
import org.stepahead.application.port.in.community.RemoveDaysOffUseCase;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code community days-off remove COMMUNITY --from DAY}: removes the days off starting on the day. */
@Command(name = "remove")
final class RemoveDaysOffCliCommand extends ChangeCliCommand<RemoveDaysOffCommand> {

    @Parameters(index = "0", paramLabel = "COMMUNITY")
    CommunityId community;

    @Option(names = "--from", required = true)
    LocalDate from;

    RemoveDaysOffCliCommand(RemoveDaysOffUseCase removeDaysOff) {
        super(removeDaysOff::removeDaysOff);
    }

    @Override
    protected RemoveDaysOffCommand command(Long expectedVersion) {
        return new RemoveDaysOffCommand(community, from, expectedVersion);
    }
}
