package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.Output;
import org.stepahead.adapter.in.cli.support.OutputFormat;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand.OfficialInput;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.IndicatorView;
import org.stepahead.application.port.in.program.ProgramOverview.ResultView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for programs: {@code program draft|revise|approve|list|show}. */
@Command(
        name = "program",
        subcommands = {
            ProgramCommands.Draft.class,
            ProgramCommands.Revise.class,
            ProgramCommands.Approve.class,
            ProgramCommands.ListOf.class,
            ProgramCommands.Show.class
        })
public final class ProgramCommands {

    static final List<Column<ProgramSummary>> SUMMARY = List.of(
            Column.of("column.id", ProgramSummary::id),
            Column.of("column.kind", ProgramSummary::kind),
            Column.of("column.title", ProgramSummary::title),
            Column.of("column.periodStart", ProgramSummary::periodStart),
            Column.of("column.periodEnd", ProgramSummary::periodEnd),
            Column.of("column.status", ProgramSummary::status),
            Column.of("column.activeStage", ProgramSummary::activeStage),
            Column.of("column.version", ProgramSummary::version));

    static final List<Column<ProgramOverview>> OVERVIEW = List.of(
            Column.of("column.id", ProgramOverview::id),
            Column.of("column.version", ProgramOverview::version),
            Column.of("column.community", ProgramOverview::communityName),
            Column.of("column.kind", ProgramOverview::kind),
            Column.of("column.title", ProgramOverview::title),
            Column.of("column.goal", ProgramOverview::goal),
            Column.of("column.periodStart", ProgramOverview::periodStart),
            Column.of("column.periodEnd", ProgramOverview::periodEnd),
            Column.of("column.status", ProgramOverview::status),
            Column.of(
                    "column.tasks",
                    o -> o.tasks().stream()
                            .map(t -> t.number() + ". " + t.text())
                            .toList()));

    static final List<Column<StageView>> STAGES = List.of(
            Column.of("column.id", StageView::id),
            Column.of("column.number", StageView::number),
            Column.of("column.name", StageView::name),
            Column.of("column.kind", StageView::kind),
            Column.of("column.periodStart", StageView::periodStart),
            Column.of("column.periodEnd", StageView::periodEnd),
            Column.of("column.status", StageView::status));

    static final List<Column<ActivityView>> ACTIVITIES = List.of(
            Column.of("column.id", ActivityView::id),
            Column.of("column.number", ActivityView::number),
            Column.of("column.title", ActivityView::title),
            Column.of("column.direction", ActivityView::directionTitle),
            Column.of("column.forms", ActivityView::forms),
            Column.of(
                    "column.schedule",
                    a -> a.schedule() == null ? null : a.schedule().text()),
            Column.of(
                    "column.responsible",
                    a -> a.responsible().stream().map(r -> r.name()).toList()));

    static final List<Column<ResultView>> RESULTS = List.of(
            Column.of("column.id", ResultView::id),
            Column.of("column.kind", ResultView::kind),
            Column.of("column.text", ResultView::text),
            Column.of("column.outcome", ResultView::outcome),
            Column.of("column.assessedOn", ResultView::assessedOn));

    static final List<Column<IndicatorView>> INDICATORS = List.of(
            Column.of("column.id", IndicatorView::id),
            Column.of("column.name", IndicatorView::name),
            Column.of("column.unit", IndicatorView::unit),
            Column.of("column.baseline", IndicatorView::baseline),
            Column.of("column.target", IndicatorView::target),
            Column.of("column.latest", IndicatorView::latest),
            Column.of("column.achieved", IndicatorView::achieved));

    /** {@code program draft}: drafts a community's program and prints its id. */
    @Command(name = "draft")
    static final class Draft extends CliCommand {
        @Option(names = "--community", required = true)
        CommunityId community;

        @Option(names = "--kind", required = true)
        ProgramKind kind;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--summary")
        String summary;

        @Option(names = "--goal")
        String goal;

        @Option(names = "--task")
        List<String> tasks = List.of();

        @Option(names = "--start", required = true)
        LocalDate start;

        @Option(names = "--end", required = true)
        LocalDate end;

        @Override
        protected void run() {
            out().id(app().draftProgram()
                    .draft(new DraftProgramCommand(community, kind, title, summary, goal, tasks, start, end)));
        }
    }

    /** {@code program revise ID}: rewrites a draft program's kind, title, summary, goal, tasks and period. */
    @Command(name = "revise")
    static final class Revise extends CliCommand {
        @Parameters(index = "0", paramLabel = "PROGRAM")
        ProgramId program;

        @Option(names = "--kind", required = true)
        ProgramKind kind;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--summary")
        String summary;

        @Option(names = "--goal")
        String goal;

        @Option(names = "--task")
        List<String> tasks = List.of();

        @Option(names = "--start", required = true)
        LocalDate start;

        @Option(names = "--end", required = true)
        LocalDate end;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().reviseProgram()
                    .revise(new ReviseProgramCommand(
                            program, kind, title, summary, goal, tasks, start, end, expectedVersion));
            out().id(program);
        }
    }

    /** {@code program approve ID}: approves a program (утверждаю), with the order and who agreed it. */
    @Command(name = "approve")
    static final class Approve extends CliCommand {
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

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            List<OfficialInput> agreed = new ArrayList<>();
            for (String official : agreedBy) {
                String[] parts = official.split("\\|", 2);
                agreed.add(new OfficialInput(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
            }
            app().approveProgram()
                    .approve(new ApproveProgramCommand(
                            program,
                            new OfficialInput(position, name),
                            approvedOn,
                            orderTitle,
                            orderNumber,
                            orderDate,
                            agreed,
                            expectedVersion));
            out().id(program);
        }
    }

    /** {@code program list}: a community's programs. */
    @Command(name = "list")
    static final class ListOf extends CliCommand {
        @Option(names = "--community", required = true)
        CommunityId community;

        @Override
        protected void run() {
            out().list(app().listPrograms().programsOf(community), SUMMARY);
        }
    }

    /** {@code program show ID}: the program overview — stages, activities, results, indicators. */
    @Command(name = "show")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "PROGRAM")
        ProgramId program;

        @Override
        protected void run() {
            ProgramOverview overview = app().programOverview().overview(program);
            Output out = out();
            if (out.format() != OutputFormat.TABLE) {
                out.one(overview, OVERVIEW);
                return;
            }
            out.one(overview, OVERVIEW);
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
}
