package org.stepahead.application.port.in.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.event.EventId;

/** Command: record the minutes (протокол) of an event that has taken place. */
public record RecordMinutesCommand(
        @NotNull EventId eventId,
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate date,
        @Size(max = 300) String chair,
        @Size(max = 300) String secretary,
        @NotEmpty List<@Valid @NotNull AgendaItemInput> agenda,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public RecordMinutesCommand {
        CommandValidation.validateConstructor(
                RecordMinutesCommand.class, eventId, number, date, chair, secretary, agenda, expectedVersion);
    }

    /** One agenda item: question, heard (слушали), spoke (выступили), decided (постановили). */
    public record AgendaItemInput(
            @NotBlank @Size(max = 2000) String topic,
            @Size(max = 10000) String heard,
            List<@NotBlank @Size(max = 4000) String> spoke,
            List<@NotBlank @Size(max = 4000) String> decided) {}
}
