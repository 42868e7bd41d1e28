package org.stepahead.adapter.in.web.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Request: move an event to another day; times not given (neither of them) and a place not given are kept, times
 * given replace both.
 */
public record RescheduleEventRequest(
        @NotNull LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        @Size(max = 1000) String place) {}
