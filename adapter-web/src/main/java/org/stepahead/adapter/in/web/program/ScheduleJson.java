package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.shared.Schedule;

/**
 * JSON form of an activity's schedule (сроки): a {@code kind} and the fields that kind uses, always with the words
 * of the plan in {@code text}. ONCE: date, deadline. MONTH: month ("2021-01"). RANGE: from, to. RECURRING: times,
 * per. NTH_WEEKDAY: nth (1–5, or -1 for the last), dayOfWeek. CONTINUOUS: text only. ON_REQUEST: requester.
 * BY_PLAN: plan. SEVERAL: parts. UNPARSED: text.
 */
public record ScheduleJson(
        @NotNull @EnumName(Schedule.Kind.class) String kind,
        @Size(max = 1000) String text,
        LocalDate date,
        Boolean deadline,
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month,
        LocalDate from,
        LocalDate to,
        @Min(1) @Max(31) Integer times,
        @EnumName(Schedule.Frequency.class) String per,
        Integer nth,
        @EnumName(java.time.DayOfWeek.class) String dayOfWeek,
        @Size(max = 1000) String requester,
        @Size(max = 1000) String plan,
        @Size(max = 20) List<@Valid @NotNull ScheduleJson> parts) {}
