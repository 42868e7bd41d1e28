package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.ReviseStageCommand;
import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stage revise ID}: rewrites a stage of a draft program. */
@Command(name = "revise")
final class ReviseStageCliCommand extends CliCommand {

    private final ReviseStageUseCase reviseStage;

    @Parameters(index = "0", paramLabel = "STAGE")
    StageId id;

    @Mixin
    StageOptions stage;

    @Mixin
    ExpectedVersionOption expectedVersion;

    ReviseStageCliCommand(ReviseStageUseCase reviseStage) {
        this.reviseStage = reviseStage;
    }

    @Override
    protected void run() {
        StageOptions s = stage;
        reviseStage.reviseStage(new ReviseStageCommand(
                s.program, id, s.name, s.kind, s.start, s.end, s.description, expectedVersion.value()));
        out().id(id);
    }
}
