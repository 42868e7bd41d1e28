package org.stepahead.adapter.in.cli.event;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.domain.event.EventId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code event cancel ID}: cancels an event, with an optional reason, and prints its id. */
@Command(name = "cancel")
final class CancelEventCliCommand extends ChangeCliCommand<CancelEventCommand> {

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    @Option(names = "--reason")
    String reason;

    CancelEventCliCommand(CancelEventUseCase cancelEvent) {
        super(cancelEvent::cancel);
    }

    @Override
    protected CancelEventCommand command(Long expectedVersion) {
        return new CancelEventCommand(event, reason, expectedVersion);
    }
}
