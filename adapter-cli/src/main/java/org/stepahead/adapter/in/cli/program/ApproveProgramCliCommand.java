package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.adapter.in.cli.support.PipeFields;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand.OfficialInput;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code program approve ID}: approves a program (утверждаю), with the order and who agreed it. */
@Command(name = "approve")
final class ApproveProgramCliCommand extends ChangeCliCommand<ApproveProgramCommand> {

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

    ApproveProgramCliCommand(ApproveProgramUseCase approveProgram) {
        super(approveProgram::approve);
    }

    @Override
    protected ApproveProgramCommand command(Long expectedVersion) {
        List<OfficialInput> agreed = agreedBy.stream()
                .map(official -> PipeFields.of(official, 2))
                .map(fields -> new OfficialInput(fields[0], fields[1]))
                .toList();
        return new ApproveProgramCommand(
                program,
                new OfficialInput(position, name),
                approvedOn,
                orderTitle,
                orderNumber,
                orderDate,
                agreed,
                expectedVersion);
    }
}
