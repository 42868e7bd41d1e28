package org.stepahead.application.port.in.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.event.EventId;

/**
 * Command: move an event to another day, times or place. Times are local to the community's time zone and go
 * together: when neither is given the event keeps its times, otherwise it takes the ones given (an end without a start
 * is refused). A place not given (or blank) keeps the event's place. Title, form and facilitators stay as they are.
 */
public record RescheduleEventCommand(
        @NotNull EventId eventId,
        @NotNull LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        @Size(max = 1000) String place,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public RescheduleEventCommand {
        CommandValidation.validateConstructor(
                RescheduleEventCommand.class, eventId, date, startsAt, endsAt, place, expectedVersion);
    }
}
