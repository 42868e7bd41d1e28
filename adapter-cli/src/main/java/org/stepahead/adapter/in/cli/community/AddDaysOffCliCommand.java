package org.stepahead.adapter.in.cli.community;

import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.community.AddDaysOffCommand;
import org.stepahead.application.port.in.community.AddDaysOffUseCase;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code community days-off add COMMUNITY}: marks days the community does not work and prints its id. */
@Command(name = "add")
final class AddDaysOffCliCommand extends ChangeCliCommand<AddDaysOffCommand> {

    @Parameters(index = "0", paramLabel = "COMMUNITY")
    CommunityId community;

    @Option(names = "--from", required = true)
    LocalDate from;

    @Option(names = "--to")
    LocalDate to;

    @Option(names = "--reason", required = true)
    String reason;

    AddDaysOffCliCommand(AddDaysOffUseCase addDaysOff) {
        super(addDaysOff::addDaysOff);
    }

    /** One day when {@code --to} is left out. */
    @Override
    protected AddDaysOffCommand command(Long expectedVersion) {
        return new AddDaysOffCommand(community, from, to == null ? from : to, reason, expectedVersion);
    }
}
