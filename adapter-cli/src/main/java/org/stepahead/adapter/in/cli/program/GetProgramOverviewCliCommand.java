package org.stepahead.adapter.in.cli.program;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.Output;
import org.stepahead.adapter.in.cli.support.OutputFormat;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.IndicatorView;
import org.stepahead.application.port.in.program.ProgramOverview.ResultView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code program show ID}: the program overview — stages, activities, results, indicators. */
@Command(name = "show")
final class GetProgramOverviewCliCommand extends CliCommand {

    static final List<Column<ProgramOverview>> OVERVIEW = Column.table(
            ProgramOverview.class,
            "id version community=communityName kind title goal periodStart periodEnd status",
            Column.of(
                    "column.tasks",
                    o -> o.tasks().stream()
                            .map(t -> t.number() + ". " + t.text())
                            .toList()));

    static final List<Column<ActivityView>> ACTIVITIES = Column.table(
            ActivityView.class,
            "id number title direction=directionTitle forms formText audience",
            Column.of(
                    "column.schedule",
                    a -> a.schedule() == null ? null : a.schedule().text()),
            Column.of(
                    "column.responsible",
                    a -> a.responsible().stream().map(r -> r.name()).toList()));

    static final List<Column<ResultView>> RESULTS = Column.table(ResultView.class, "id kind text outcome assessedOn");

    static final List<Column<IndicatorView>> INDICATORS =
            Column.table(IndicatorView.class, "id name unit baseline target latest achieved");

    private final GetProgramOverviewUseCase programOverview;

    @Parameters(index = "0", paramLabel = "PROGRAM")
    ProgramId program;

    GetProgramOverviewCliCommand(GetProgramOverviewUseCase programOverview) {
        this.programOverview = programOverview;
    }

    @Override
    protected void run() {
        ProgramOverview overview = programOverview.overview(program);
        Output out = out();
        out.one(overview, OVERVIEW);
        if (out.format() != OutputFormat.TABLE) {
            return;
        }
        for (StageView stage : overview.stages()) {
            out.note("");
            out.note(cli().message(
                            "section.stage",
                            stage.number(),
                            stage.name(),
                            stage.periodStart(),
                            stage.periodEnd(),
                            cli().locale().getLanguage().equals("ru")
                                    ? Output.russianName(stage.status())
                                    : stage.status()));
            section("section.activities", stage.activities(), ACTIVITIES);
            section("section.results", stage.results(), RESULTS);
        }
        section("section.activitiesWithoutStage", overview.activitiesWithoutStage(), ACTIVITIES);
        section("section.resultsWithoutStage", overview.resultsWithoutStage(), RESULTS);
        section("section.indicators", overview.indicators(), INDICATORS);
    }

    private <T> void section(String key, List<T> rows, List<Column<T>> columns) {
        if (!rows.isEmpty()) {
            out().note("");
            out().note(cli().message(key));
            out().list(rows, columns);
        }
    }
}
