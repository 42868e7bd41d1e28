package org.stepahead.adapter.in.web.ui.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.shared.Form;

/**
 * Form: an event to plan — of a plan item ({@code activity} is "programId/activityId") or standalone (then it needs
 * a title) — its form, day, times, place and facilitators one per line.
 */
public record EventForm(
        String activity,
        @Size(max = 2000) String title,
        Form form,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
        @Size(max = 1000) String place,
        @Size(max = 3000) String facilitatorsText) {}
