package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.domain.community.CommunityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code program draft}: drafts a community's program and prints its id. */
@Command(name = "draft")
final class DraftProgramCliCommand extends CliCommand {

    private final DraftProgramUseCase draftProgram;

    @Option(names = "--community", required = true)
    CommunityId community;

    @Mixin
    ProgramOptions program;

    DraftProgramCliCommand(DraftProgramUseCase draftProgram) {
        this.draftProgram = draftProgram;
    }

    @Override
    protected void run() {
        ProgramOptions p = program;
        out().id(draftProgram.draft(
                new DraftProgramCommand(community, p.kind, p.title, p.summary, p.goal, p.tasks, p.start, p.end)));
    }
}
