package org.stepahead.adapter.in.cli.program;

import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import picocli.CommandLine.Command;

/** {@code stage close ID}: closes a stage whose results are assessed. */
@Command(name = "close")
final class CloseStageCliCommand extends StageLifecycleCliCommand<CloseStageCommand> {

    CloseStageCliCommand(CloseStageUseCase closeStage) {
        super(CloseStageCommand::new, closeStage::closeStage);
    }
}
