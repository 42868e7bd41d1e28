package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.adapter.in.cli.support.OutputFormat;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.domain.event.EventId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code event generate}: schedules the missing events of the occurrences; running it again adds nothing. */
@Command(name = "generate")
final class GenerateEventsCliCommand extends CliCommand {

    /** One line of a generation report: an event created now, or one that already stood for its occurrence. */
    record ReportLine(String state, EventId eventId, LocalDate occurrence, LocalDate date, String title) {}

    static final List<Column<ReportLine>> REPORT =
            Column.table(ReportLine.class, "state date occurrence title id=eventId");

    private final GenerateEventsUseCase generateEvents;

    @Mixin
    GenerationScopeOptions scope;

    GenerateEventsCliCommand(GenerateEventsUseCase generateEvents) {
        this.generateEvents = generateEvents;
    }

    @Override
    protected void run() {
        GenerationReport report = generateEvents.generate(scope.command());
        if (out().format() == OutputFormat.JSON) {
            out().json(report);
            return;
        }
        List<ReportLine> lines = new ArrayList<>();
        String created = cli().message("generate.created");
        String existed = cli().message("generate.existed");
        report.created().forEach(e -> lines.add(line(created, e)));
        report.existing().forEach(e -> lines.add(line(existed, e)));
        out().list(lines, REPORT);
        out().note(cli().message(
                        "generate.done",
                        report.created().size(),
                        report.existing().size()));
        report.activities().stream()
                .filter(a -> a.dates().isEmpty())
                .forEach(a -> out().note(cli().message("generate.undated", a.title(), a.statusText())));
    }

    private static ReportLine line(String state, GenerationReport.GeneratedEvent e) {
        return new ReportLine(state, e.eventId(), e.occurrence(), e.date(), e.title());
    }
}
