package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code program revise ID}: rewrites a draft program's kind, title, summary, goal, tasks and period. */
@Command(name = "revise")
final class ReviseProgramCliCommand extends ChangeCliCommand<ReviseProgramCommand> {

    @Parameters(index = "0", paramLabel = "PROGRAM")
    ProgramId id;

    @Mixin
    ProgramOptions program;

    ReviseProgramCliCommand(ReviseProgramUseCase reviseProgram) {
        super(reviseProgram::revise);
    }

    @Override
    protected ReviseProgramCommand command(Long expectedVersion) {
        ProgramOptions p = program;
        return new ReviseProgramCommand(
                id, p.kind, p.title, p.summary, p.goal, p.tasks, p.start, p.end, expectedVersion);
    }
}
