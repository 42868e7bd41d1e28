package org.stepahead.application.port.in.transfer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.stepahead.domain.shared.AcademicYear;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

/**
 * A schedule (сроки) as the import format and the JSON output write it: a kind, the fields that kind needs, and the
 * plan's own words in {@code text}. Months are "2021-01", or a month name ("OCTOBER") resolved through the
 * program's academic year.
 */
public record ScheduleData(
        Schedule.Kind kind,
        LocalDate date,
        Boolean deadline,
        String month,
        LocalDate start,
        LocalDate end,
        String fromMonth,
        String toMonth,
        Integer times,
        Schedule.Frequency per,
        Integer nth,
        DayOfWeek dayOfWeek,
        String requester,
        String plan,
        List<ScheduleData> parts,
        String text) {

    public ScheduleData {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The canonical structure of a schedule: months as "yyyy-mm", ranges as days. */
    public static ScheduleData of(Schedule schedule) {
        if (schedule instanceof Schedule.Once s) {
            return new ScheduleData(
                    s.kind(),
                    s.date(),
                    s.deadline() ? Boolean.TRUE : null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.text());
        }
        if (schedule instanceof Schedule.InMonth s) {
            return new ScheduleData(
                    s.kind(),
                    null,
                    null,
                    s.month().toString(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.text());
        }
        if (schedule instanceof Schedule.InRange s) {
            return new ScheduleData(
                    s.kind(),
                    null,
                    null,
                    null,
                    s.period().start(),
                    s.period().end(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.text());
        }
        if (schedule instanceof Schedule.Recurring s) {
            return new ScheduleData(
                    s.kind(), null, null, null, null, null, null, null, s.times(), s.per(), null, null, null, null,
                    null, s.text());
        }
        if (schedule instanceof Schedule.NthWeekdayOfMonth s) {
            return new ScheduleData(
                    s.kind(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.nth(),
                    s.dayOfWeek(),
                    null,
                    null,
                    null,
                    s.text());
        }
        if (schedule instanceof Schedule.OnRequest s) {
            return new ScheduleData(
                    s.kind(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.requester(),
                    null,
                    null,
                    s.text());
        }
        if (schedule instanceof Schedule.ByPlan s) {
            return new ScheduleData(
                    s.kind(), null, null, null, null, null, null, null, null, null, null, null, null, s.plan(), null,
                    s.text());
        }
        if (schedule instanceof Schedule.Several s) {
            return new ScheduleData(
                    s.kind(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    s.parts().stream().map(ScheduleData::of).toList(),
                    s.text());
        }
        return new ScheduleData(
                schedule.kind(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                schedule.text());
    }

    /**
     * The schedule, months without a year resolved through the academic year (null when the program names none).
     *
     * @throws IllegalArgumentException naming the missing or malformed field
     */
    public Schedule toSchedule(AcademicYear year) {
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        return switch (kind) {
            case ONCE -> new Schedule.Once(required(date, "date"), Boolean.TRUE.equals(deadline), text);
            case MONTH -> new Schedule.InMonth(month(month, "month", year), text);
            case RANGE ->
                new Schedule.InRange(
                        fromMonth != null || toMonth != null
                                ? Period.ofMonths(month(fromMonth, "fromMonth", year), month(toMonth, "toMonth", year))
                                : Period.of(required(start, "start"), required(end, "end")),
                        text);
            case RECURRING -> new Schedule.Recurring(required(times, "times"), required(per, "per"), text);
            case NTH_WEEKDAY ->
                new Schedule.NthWeekdayOfMonth(required(nth, "nth"), required(dayOfWeek, "dayOfWeek"), text);
            case CONTINUOUS -> new Schedule.Continuous(text);
            case ON_REQUEST -> new Schedule.OnRequest(requester, text);
            case BY_PLAN -> new Schedule.ByPlan(plan, text);
            case SEVERAL ->
                new Schedule.Several(parts.stream().map(p -> p.toSchedule(year)).toList(), text);
            case UNPARSED -> new Schedule.Unparsed(text);
        };
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field);
        }
        return value;
    }

    private static YearMonth month(String value, String field, AcademicYear year) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field);
        }
        try {
            if (Character.isDigit(value.charAt(0))) {
                return YearMonth.parse(value);
            }
            if (year == null) {
                throw new IllegalArgumentException(field);
            }
            return year.month(Month.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field, e);
        }
    }
}
