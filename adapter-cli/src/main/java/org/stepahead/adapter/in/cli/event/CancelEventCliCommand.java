package org.stepahead.adapter.in.cli.event;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.domain.event.EventId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code event cancel ID}: cancels an event, with an optional reason, and prints its id. */
@Command(name = "cancel")
final class CancelEventCliCommand extends CliCommand {

    private final CancelEventUseCase cancelEvent;

    @Parameters(index = "0", paramLabel = "EVENT")
    EventId event;

    @Option(names = "--reason")
    String reason;

    @Mixin
    ExpectedVersionOption expectedVersion;

    CancelEventCliCommand(CancelEventUseCase cancelEvent) {
        this.cancelEvent = cancelEvent;
    }

    @Override
    protected void run() {
        cancelEvent.cancel(new CancelEventCommand(event, reason, expectedVersion.value()));
        out().id(event);
    }
}
