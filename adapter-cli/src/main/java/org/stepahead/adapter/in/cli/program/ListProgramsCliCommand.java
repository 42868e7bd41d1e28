package org.stepahead.adapter.in.cli.program;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code program list}: a community's programs. */
@Command(name = "list")
final class ListProgramsCliCommand extends CliCommand {

    static final List<Column<ProgramSummary>> SUMMARY =
            Column.table(ProgramSummary.class, "id kind title periodStart periodEnd status activeStage version");

    private final ListProgramsUseCase listPrograms;

    @Option(names = "--community", required = true)
    CommunityId community;

    ListProgramsCliCommand(ListProgramsUseCase listPrograms) {
        this.listPrograms = listPrograms;
    }

    @Override
    protected void run() {
        out().list(listPrograms.programsOf(community), SUMMARY);
    }
}
