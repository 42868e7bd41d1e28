package org.stepahead.adapter.in.cli.event;

import org.stepahead.adapter.in.cli.support.ShowCliCommand;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.domain.event.EventId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code event show ID}: one event with its attendance and minutes. */
@Command(name = "show")
final class GetEventCliCommand extends ShowCliCommand<EventId, EventView> {

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    GetEventCliCommand(GetEventUseCase getEvent) {
        super(getEvent::event, EventCommands.COLUMNS);
    }
}
