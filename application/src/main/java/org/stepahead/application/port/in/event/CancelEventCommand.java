package org.stepahead.application.port.in.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.event.EventId;

/** Command: cancel a scheduled event, with an optional reason. */
public record CancelEventCommand(
        @NotNull EventId eventId, @Size(max = 1000) String reason, Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public CancelEventCommand {
        CommandValidation.validateConstructor(CancelEventCommand.class, eventId, reason, expectedVersion);
    }
}
