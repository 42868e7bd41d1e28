package org.stepahead.adapter.in.cli.program;

import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.in.program.StartStageUseCase;
import picocli.CommandLine.Command;

/** {@code stage start ID}: starts a stage of an approved program. */
@Command(name = "start")
final class StartStageCliCommand extends StageLifecycleCliCommand<StartStageCommand> {

    StartStageCliCommand(StartStageUseCase startStage) {
        super(StartStageCommand::new, startStage::startStage);
    }
}
