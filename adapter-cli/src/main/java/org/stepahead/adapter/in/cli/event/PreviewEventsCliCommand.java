package org.stepahead.adapter.in.cli.event;

import java.util.List;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.Column;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code event occurrences}: the days each activity's schedule gives, without scheduling anything. */
@Command(name = "occurrences")
final class PreviewEventsCliCommand extends CliCommand {

    static final List<Column<ActivityOccurrences>> OCCURRENCES =
            Column.table(ActivityOccurrences.class, "number title schedule=scheduleText occurrenceStatus=status dates");

    private final PreviewEventsUseCase previewEvents;

    @Mixin
    GenerationScopeOptions scope;

    PreviewEventsCliCommand(PreviewEventsUseCase previewEvents) {
        this.previewEvents = previewEvents;
    }

    @Override
    protected void run() {
        out().list(previewEvents.preview(scope.command()), OCCURRENCES);
    }
}
