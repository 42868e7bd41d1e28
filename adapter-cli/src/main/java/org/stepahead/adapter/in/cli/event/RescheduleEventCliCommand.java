package org.stepahead.adapter.in.cli.event;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;
import org.stepahead.domain.event.EventId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code event reschedule ID}: moves an event to another day (times and place not given are kept) and prints its id.
 */
@Command(name = "reschedule")
final class RescheduleEventCliCommand extends ChangeCliCommand<RescheduleEventCommand> {

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    @Mixin
    EventTimeOptions time;

    RescheduleEventCliCommand(RescheduleEventUseCase rescheduleEvent) {
        super(rescheduleEvent::reschedule);
    }

    @Override
    protected RescheduleEventCommand command(Long expectedVersion) {
        return new RescheduleEventCommand(event, time.date, time.startsAt, time.endsAt, time.place, expectedVersion);
    }
}
