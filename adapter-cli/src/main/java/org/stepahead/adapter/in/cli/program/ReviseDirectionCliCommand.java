package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.program.ReviseDirectionCommand;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.domain.program.DirectionId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code direction revise ID}: rewrites a direction's code and title. */
@Command(name = "revise")
final class ReviseDirectionCliCommand extends ChangeCliCommand<ReviseDirectionCommand> {

    @Parameters(index = "0", paramLabel = "DIRECTION")
    DirectionId id;

    @Mixin
    DirectionOptions direction;

    ReviseDirectionCliCommand(ReviseDirectionUseCase reviseDirection) {
        super(reviseDirection::reviseDirection);
    }

    @Override
    protected ReviseDirectionCommand command(Long expectedVersion) {
        return new ReviseDirectionCommand(direction.program, id, direction.code, direction.title, expectedVersion);
    }
}
