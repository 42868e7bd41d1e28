package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code program revise ID}: rewrites a draft program's kind, title, summary, goal, tasks and period. */
@Command(name = "revise")
final class ReviseProgramCliCommand extends CliCommand {

    private final ReviseProgramUseCase reviseProgram;

    @Parameters(index = "0", paramLabel = "PROGRAM")
    ProgramId id;

    @Mixin
    ProgramOptions program;

    @Mixin
    ExpectedVersionOption expectedVersion;

    ReviseProgramCliCommand(ReviseProgramUseCase reviseProgram) {
        this.reviseProgram = reviseProgram;
    }

    @Override
    protected void run() {
        ProgramOptions p = program;
        reviseProgram.revise(new ReviseProgramCommand(
                id, p.kind, p.title, p.summary, p.goal, p.tasks, p.start, p.end, expectedVersion.value()));
        out().id(id);
    }
}
