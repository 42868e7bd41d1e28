package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request: the minutes (протокол) of an event that took place. */
public record MinutesRequest(
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate date,
        @Size(max = 300) String chair,
        @Size(max = 300) String secretary,
        @NotEmpty List<@Valid @NotNull AgendaItem> agenda) {

    /** One agenda item: topic, heard, spoke, decided. */
    public record AgendaItem(
            @NotBlank @Size(max = 2000) String topic,
            @Size(max = 10000) String heard,
            List<@NotBlank @Size(max = 4000) String> spoke,
            List<@NotBlank @Size(max = 4000) String> decided) {}
}
