package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code direction add}: adds a direction to a program and prints its id. */
@Command(name = "add")
final class AddDirectionCliCommand extends CliCommand {

    private final AddDirectionUseCase addDirection;

    @Mixin
    DirectionOptions direction;

    AddDirectionCliCommand(AddDirectionUseCase addDirection) {
        this.addDirection = addDirection;
    }

    @Override
    protected void run() {
        out().id(addDirection.addDirection(
                new AddDirectionCommand(direction.program, direction.code, direction.title, null)));
    }
}
