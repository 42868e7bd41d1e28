package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code event decision-to-plan EVENT}: a decision of the minutes becomes a plan item; prints the activity id. */
@Command(name = "decision-to-plan")
final class PlanDecisionCliCommand extends CliCommand {

    private final PlanDecisionUseCase planDecision;

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    @Option(names = "--item", required = true)
    int item;

    @Option(names = "--decision", defaultValue = "1")
    int decision;

    @Option(names = "--program", required = true)
    ProgramId program;

    @Option(names = "--stage")
    StageId stage;

    @Option(names = "--direction")
    DirectionId direction;

    @Option(names = "--deadline", required = true)
    LocalDate deadline;

    @Option(names = "--number")
    String number;

    @Option(names = "--title")
    String title;

    @Option(names = "--responsible")
    List<String> responsible = List.of();

    @Mixin
    ExpectedVersionOption expectedVersion;

    PlanDecisionCliCommand(PlanDecisionUseCase planDecision) {
        this.planDecision = planDecision;
    }

    @Override
    protected void run() {
        out().id(planDecision.plan(new PlanDecisionCommand(
                event,
                item,
                decision,
                program,
                stage,
                direction,
                deadline,
                number,
                title,
                responsible,
                expectedVersion.value())));
    }
}
