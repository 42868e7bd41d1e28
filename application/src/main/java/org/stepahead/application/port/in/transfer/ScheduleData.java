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
import org.stepahead.domain.shared.ScheduleParser;

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

    /**
     * A schedule given only as the plan's words ({@code schedule: "2 раза в месяц"}), read when the plan's period is
     * known ({@link #toSchedule(AcademicYear, Period)}).
     */
    public ScheduleData(String text) {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, text);
    }

    /** The canonical structure of a schedule: months as "yyyy-mm", ranges as days. */
    public static ScheduleData of(Schedule schedule) {
        Fields f = new Fields();
        if (schedule instanceof Schedule.Once s) {
            f.date = s.date();
            f.deadline = s.deadline() ? Boolean.TRUE : null;
        } else if (schedule instanceof Schedule.InMonth s) {
            f.month = s.month().toString();
        } else if (schedule instanceof Schedule.InRange s) {
            f.start = s.period().start();
            f.end = s.period().end();
        } else if (schedule instanceof Schedule.Recurring s) {
            f.times = s.times();
            f.per = s.per();
        } else if (schedule instanceof Schedule.NthWeekdayOfMonth s) {
            f.nth = s.nth();
            f.dayOfWeek = s.dayOfWeek();
        } else if (schedule instanceof Schedule.OnRequest s) {
            f.requester = s.requester();
        } else if (schedule instanceof Schedule.ByPlan s) {
            f.plan = s.plan();
        } else if (schedule instanceof Schedule.Several s) {
            f.parts = s.parts().stream().map(ScheduleData::of).toList();
        }
        return new ScheduleData(
                schedule.kind(),
                f.date,
                f.deadline,
                f.month,
                f.start,
                f.end,
                null,
                null,
                f.times,
                f.per,
                f.nth,
                f.dayOfWeek,
                f.requester,
                f.plan,
                f.parts,
                schedule.text());
    }

    /** The fields one kind of schedule fills; the others stay empty. */
    private static final class Fields {
        private LocalDate date;
        private Boolean deadline;
        private String month;
        private LocalDate start;
        private LocalDate end;
        private Integer times;
        private Schedule.Frequency per;
        private Integer nth;
        private DayOfWeek dayOfWeek;
        private String requester;
        private String plan;
        private List<ScheduleData> parts;
    }

    /**
     * The schedule, months without a year resolved through the academic year (null when the program names none); the
     * plan's words are kept as they are.
     *
     * @throws IllegalArgumentException naming the missing or malformed field
     */
    public Schedule toSchedule(AcademicYear year) {
        return toSchedule(year, null);
    }

    /**
     * The schedule of a plan item. With a kind, the structure it gives (a month name in the academic year, or a year
     * earlier or later when only that one falls in the plan's period: {@link AcademicYear#month(Month, Period)}).
     * Without a kind, or with {@code UNPARSED}, the plan's words are read by the schedule parser in the plan's period
     * (and academic year, when given); what the parser cannot read stays {@link Schedule.Unparsed}.
     *
     * @param year the program's academic year, or null
     * @param planPeriod the program's or stage's period, or null when unknown (then words without a kind are refused)
     * @throws IllegalArgumentException naming the missing or malformed field
     */
    public Schedule toSchedule(AcademicYear year, Period planPeriod) {
        if (kind == null || kind == Schedule.Kind.UNPARSED) {
            return words(year, planPeriod);
        }
        return switch (kind) {
            case ONCE -> new Schedule.Once(required(date, "date"), Boolean.TRUE.equals(deadline), text);
            case MONTH -> new Schedule.InMonth(month(month, "month", year, planPeriod), text);
            case RANGE ->
                new Schedule.InRange(
                        fromMonth != null || toMonth != null
                                ? Period.ofMonths(
                                        month(fromMonth, "fromMonth", year, planPeriod),
                                        month(toMonth, "toMonth", year, planPeriod))
                                : Period.of(required(start, "start"), required(end, "end")),
                        text);
            case RECURRING -> new Schedule.Recurring(required(times, "times"), required(per, "per"), text);
            case NTH_WEEKDAY ->
                new Schedule.NthWeekdayOfMonth(required(nth, "nth"), required(dayOfWeek, "dayOfWeek"), text);
            case CONTINUOUS -> new Schedule.Continuous(text);
            case ON_REQUEST -> new Schedule.OnRequest(requester, text);
            case BY_PLAN -> new Schedule.ByPlan(plan, text);
            case SEVERAL ->
                new Schedule.Several(
                        parts.stream().map(p -> p.toSchedule(year, planPeriod)).toList(), text);
            case UNPARSED -> throw new IllegalStateException("read as words above");
        };
    }

    private Schedule words(AcademicYear year, Period planPeriod) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(kind == null ? "kind" : "text");
        }
        if (planPeriod != null) {
            return ScheduleParser.parse(
                    text, year != null ? year : AcademicYear.containing(planPeriod.start()), planPeriod);
        }
        if (year != null) {
            return ScheduleParser.parse(text, year);
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        return new Schedule.Unparsed(text);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field);
        }
        return value;
    }

    private static YearMonth month(String value, String field, AcademicYear year, Period planPeriod) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field);
        }
        try {
            if (Character.isDigit(value.charAt(0))) {
                return YearMonth.parse(value);
            }
            Month name = Month.valueOf(value.toUpperCase(Locale.ROOT));
            if (year == null && planPeriod == null) {
                throw new IllegalArgumentException(field);
            }
            AcademicYear resolving = year != null ? year : AcademicYear.containing(planPeriod.start());
            return planPeriod != null ? resolving.month(name, planPeriod) : resolving.month(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field, e);
        }
    }
}
