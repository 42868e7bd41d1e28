package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.adapter.in.cli.support.PipeFields;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand.OfficialInput;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code program approve ID}: approves a program (утверждаю), with the order and who agreed it. */
@Command(name = "approve")
final class ApproveProgramCliCommand extends CliCommand {

    private final ApproveProgramUseCase approveProgram;

    @Parameters(index = "0", paramLabel = "PROGRAM")
    ProgramId program;

    @Option(names = "--by-position", required = true)
    String position;

    @Option(names = "--by-name")
    String name;

    @Option(names = "--on")
    LocalDate approvedOn;

    @Option(names = "--order-title")
    String orderTitle;

    @Option(names = "--order-number")
    String orderNumber;

    @Option(names = "--order-date")
    LocalDate orderDate;

    @Option(names = "--agreed-by", paramLabel = "POSITION|NAME")
    List<String> agreedBy = List.of();

    @Mixin
    ExpectedVersionOption expectedVersion;

    ApproveProgramCliCommand(ApproveProgramUseCase approveProgram) {
        this.approveProgram = approveProgram;
    }

    @Override
    protected void run() {
        List<OfficialInput> agreed = agreedBy.stream()
                .map(official -> PipeFields.of(official, 2))
                .map(fields -> new OfficialInput(fields[0], fields[1]))
                .toList();
        approveProgram.approve(new ApproveProgramCommand(
                program,
                new OfficialInput(position, name),
                approvedOn,
                orderTitle,
                orderNumber,
                orderDate,
                agreed,
                expectedVersion.value()));
        out().id(program);
    }
}
