package org.stepahead.adapter.in.cli.event;

import java.time.LocalDate;
import java.time.LocalTime;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;
import org.stepahead.domain.event.EventId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code event reschedule ID}: moves an event to another day (times and place not given are kept) and prints its id.
 */
@Command(name = "reschedule")
final class RescheduleEventCliCommand extends CliCommand {

    private final RescheduleEventUseCase rescheduleEvent;

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    @Option(names = "--date", required = true)
    LocalDate date;

    @Option(names = "--starts-at")
    LocalTime startsAt;

    @Option(names = "--ends-at")
    LocalTime endsAt;

    @Option(names = "--place")
    String place;

    @Mixin
    ExpectedVersionOption expectedVersion;

    RescheduleEventCliCommand(RescheduleEventUseCase rescheduleEvent) {
        this.rescheduleEvent = rescheduleEvent;
    }

    @Override
    protected void run() {
        rescheduleEvent.reschedule(
                new RescheduleEventCommand(event, date, startsAt, endsAt, place, expectedVersion.value()));
        out().id(event);
    }
}
