package org.stepahead.adapter.in.web.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.shared.Form;

/** Request: schedule an event of the community, of a planned activity (program and activity) or standalone. */
public record ScheduleEventRequest(
        UUID programId,
        UUID activityId,
        @Size(max = 2000) String title,
        @EnumName(Form.class) String form,
        @NotNull LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        @Size(max = 1000) String place,
        List<@NotBlank @Size(max = 300) String> facilitators) {}
