package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.program.ReviseStageCommand;
import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stage revise ID}: rewrites a stage of a draft program. */
@Command(name = "revise")
final class ReviseStageCliCommand extends ChangeCliCommand<ReviseStageCommand> {

    @Parameters(index = "0", paramLabel = "STAGE")
    StageId id;

    @Mixin
    StageOptions stage;

    ReviseStageCliCommand(ReviseStageUseCase reviseStage) {
        super(reviseStage::reviseStage);
    }

    @Override
    protected ReviseStageCommand command(Long expectedVersion) {
        StageOptions s = stage;
        return new ReviseStageCommand(s.program, id, s.name, s.kind, s.start, s.end, s.description, expectedVersion);
    }
}
