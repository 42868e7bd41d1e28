package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.ReviseDirectionCommand;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.domain.program.DirectionId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code direction revise ID}: rewrites a direction's code and title. */
@Command(name = "revise")
final class ReviseDirectionCliCommand extends CliCommand {

    private final ReviseDirectionUseCase reviseDirection;

    @Parameters(index = "0", paramLabel = "DIRECTION")
    DirectionId id;

    @Mixin
    DirectionOptions direction;

    @Mixin
    ExpectedVersionOption expectedVersion;

    ReviseDirectionCliCommand(ReviseDirectionUseCase reviseDirection) {
        this.reviseDirection = reviseDirection;
    }

    @Override
    protected void run() {
        reviseDirection.reviseDirection(new ReviseDirectionCommand(
                direction.program, id, direction.code, direction.title, expectedVersion.value()));
        out().id(id);
    }
}
