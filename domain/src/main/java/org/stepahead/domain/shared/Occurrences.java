package org.stepahead.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Value: the concrete days on which a {@link Schedule} happens inside a period (an activity's stage, or its program),
 * on the working days of a {@link WorkingCalendar}, or why it has none. Pure and deterministic.
 *
 * <p>The rule, kind by kind:
 *
 * <ul>
 *   <li>{@code ONCE}: the date itself when inside the period (a plan that names a day means that day, working or
 *       not); a deadline ("до 15 сентября") is the last working day on or before it inside the period.
 *   <li>{@code MONTH}, {@code RANGE}: one occurrence, on the first working day of the month or range inside the
 *       period.
 *   <li>{@code RECURRING} n per month, calendar quarter (квартал), school quarter (четверть), school half-year or
 *       academic year: in each such unit that overlaps the period, n days spread evenly over the unit's working days
 *       inside the period — of W working days, the ones at positions ⌊(2i+1)·W / 2n⌋, i = 0…n−1 (the middles of n
 *       equal slices: "2 раза в месяц" in a month of 21 working days is its 6th and 16th working day); all working
 *       days when n ≥ W. Summer days lie in no school quarter, so "раз в четверть" has none there.
 *   <li>{@code RECURRING} n per week: the same weekdays every week — those the text names ("каждую среду", "по
 *       вторникам и четвергам"), otherwise n weekdays spread over the working week by the same rule (1: Wednesday;
 *       2: Tuesday and Thursday; 3: Monday, Wednesday, Friday); a chosen day that is not a working day is skipped, not
 *       moved (a holiday week has no meeting, and moving could put two meetings on one day).
 *   <li>{@code NTH_WEEKDAY}: that day of each month of the period ("каждый 3-тий понедельник месяца"); skipped when
 *       it is not a working day or the month has no fifth such weekday.
 *   <li>{@code SEVERAL}: the days of every part, together, each once.
 *   <li>{@code CONTINUOUS}, {@code ON_REQUEST}, {@code BY_PLAN}, {@code UNPARSED} and no schedule at all: no days;
 *       the status says why.
 * </ul>
 *
 * <p>A working Saturday of the calendar ({@link WorkingCalendar#workingWeekendDays()}: 27 April 2024) is a working
 * day for the rules that count working days (n per unit, a month's or range's first working day, a deadline); the
 * weekly and nth-weekday rules keep the weekdays they name or spread over ({@link WorkingCalendar#workingWeekdays()},
 * Monday to Friday), so they fall on it only when they name Saturday ("каждую субботу"). A day off the government
 * moved to a weekday (Tuesday 30 April 2024) is skipped like a holiday.
 */
public record Occurrences(List<LocalDate> dates, Status status) implements ValueObject {

    /** Why the dates are what they are. */
    public enum Status {
        /** The schedule gives days, and at least one falls inside the period. */
        DATED,
        /** The schedule gives days, but none inside the period on a working day. */
        NONE_IN_PERIOD,
        CONTINUOUS,
        ON_REQUEST,
        BY_PLAN,
        UNPARSED,
        NO_SCHEDULE
    }

    private static final Map<String, DayOfWeek> WEEKDAY_STEMS = Map.of(
            "понедельник", DayOfWeek.MONDAY,
            "вторник", DayOfWeek.TUESDAY,
            "сред", DayOfWeek.WEDNESDAY,
            "четверг", DayOfWeek.THURSDAY,
            "пятниц", DayOfWeek.FRIDAY,
            "суббот", DayOfWeek.SATURDAY,
            "воскресень", DayOfWeek.SUNDAY);

    public Occurrences {
        dates = List.copyOf(new TreeSet<>(Texts.listOf(dates, "occurrences")));
        Texts.present(status, "status");
    }

    /** The days the schedule happens on inside the period, on the calendar's working days. */
    public static Occurrences of(Schedule schedule, Period period, WorkingCalendar calendar) {
        Texts.present(period, "period");
        Texts.present(calendar, "calendar");
        if (schedule == null) {
            return new Occurrences(List.of(), Status.NO_SCHEDULE);
        }
        if (schedule instanceof Schedule.Continuous) {
            return new Occurrences(List.of(), Status.CONTINUOUS);
        } else if (schedule instanceof Schedule.OnRequest) {
            return new Occurrences(List.of(), Status.ON_REQUEST);
        } else if (schedule instanceof Schedule.ByPlan) {
            return new Occurrences(List.of(), Status.BY_PLAN);
        } else if (schedule instanceof Schedule.Unparsed) {
            return new Occurrences(List.of(), Status.UNPARSED);
        } else if (schedule instanceof Schedule.Several several) {
            return several(several, period, calendar);
        }
        return dated(days(schedule, period, calendar));
    }

    private static Occurrences dated(List<LocalDate> days) {
        return new Occurrences(days, days.isEmpty() ? Status.NONE_IN_PERIOD : Status.DATED);
    }

    private static Occurrences several(Schedule.Several several, Period period, WorkingCalendar calendar) {
        Set<LocalDate> days = new TreeSet<>();
        Status undated = null;
        boolean anyDated = false;
        for (Schedule part : several.parts()) {
            Occurrences one = of(part, period, calendar);
            days.addAll(one.dates());
            boolean dated = one.status() == Status.DATED || one.status() == Status.NONE_IN_PERIOD;
            anyDated |= dated;
            if (!dated && undated == null) {
                undated = one.status();
            }
        }
        if (!anyDated) {
            return new Occurrences(List.of(), undated);
        }
        return dated(List.copyOf(days));
    }

    private static List<LocalDate> days(Schedule schedule, Period period, WorkingCalendar calendar) {
        if (schedule instanceof Schedule.Once once) {
            return once(once, period, calendar);
        } else if (schedule instanceof Schedule.InMonth month) {
            return firstWorkingDay(Period.ofMonth(month.month()), period, calendar);
        } else if (schedule instanceof Schedule.InRange range) {
            return firstWorkingDay(range.period(), period, calendar);
        } else if (schedule instanceof Schedule.NthWeekdayOfMonth nth) {
            return nthWeekdays(nth, period, calendar);
        } else if (schedule instanceof Schedule.Recurring recurring) {
            return recurring(recurring, period, calendar);
        }
        return List.of();
    }

    private static List<LocalDate> once(Schedule.Once once, Period period, WorkingCalendar calendar) {
        if (!once.deadline()) {
            return period.contains(once.date()) ? List.of(once.date()) : List.of();
        }
        for (LocalDate day = once.date(); !day.isBefore(period.start()); day = day.minusDays(1)) {
            if (period.contains(day) && calendar.isWorkingDay(day)) {
                return List.of(day);
            }
        }
        return List.of();
    }

    private static List<LocalDate> firstWorkingDay(Period span, Period period, WorkingCalendar calendar) {
        return intersection(span, period).stream()
                .flatMap(p -> calendar.workingDays(p).stream())
                .findFirst()
                .map(List::of)
                .orElse(List.of());
    }

    private static Optional<Period> intersection(Period a, Period b) {
        if (!a.overlaps(b)) {
            return Optional.empty();
        }
        LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalDate end = a.end().isBefore(b.end()) ? a.end() : b.end();
        return Optional.of(Period.of(start, end));
    }

    private static List<LocalDate> nthWeekdays(
            Schedule.NthWeekdayOfMonth nth, Period period, WorkingCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.start());
                !month.isAfter(YearMonth.from(period.end()));
                month = month.plusMonths(1)) {
            LocalDate day = nth.nth() == -1
                    ? month.atDay(1).with(TemporalAdjusters.lastInMonth(nth.dayOfWeek()))
                    : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth.nth(), nth.dayOfWeek()));
            if (YearMonth.from(day).equals(month) && period.contains(day) && calendar.isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static List<LocalDate> recurring(Schedule.Recurring r, Period period, WorkingCalendar calendar) {
        if (r.per() == Schedule.Frequency.WEEK) {
            return weekly(r, period, calendar);
        }
        List<LocalDate> days = new ArrayList<>();
        for (Period unit : units(r.per(), period, calendar)) {
            intersection(unit, period).ifPresent(p -> days.addAll(spread(calendar.workingDays(p), r.times())));
        }
        return days;
    }

    /** The units a count is counted in, covering the period. */
    private static List<Period> units(Schedule.Frequency per, Period period, WorkingCalendar calendar) {
        List<Period> units = new ArrayList<>();
        switch (per) {
            case MONTH -> {
                for (YearMonth m = YearMonth.from(period.start());
                        !m.isAfter(YearMonth.from(period.end()));
                        m = m.plusMonths(1)) {
                    units.add(Period.ofMonth(m));
                }
            }
            case CALENDAR_QUARTER -> {
                for (LocalDate q = period.start().with(IsoFields.DAY_OF_QUARTER, 1);
                        !q.isAfter(period.end());
                        q = q.plusMonths(3)) {
                    units.add(Period.of(q, q.plusMonths(3).minusDays(1)));
                }
            }
            case QUARTER -> units.addAll(calendar.quarters());
            case HALF_YEAR -> units.addAll(calendar.halfYears());
            case YEAR -> {
                int first = AcademicYear.containing(period.start()).firstYear();
                int last = AcademicYear.containing(period.end()).firstYear();
                for (int y = first; y <= last; y++) {
                    units.add(new AcademicYear(y).period());
                }
            }
            default -> throw new IllegalArgumentException("not a counting unit: " + per);
        }
        return units;
    }

    /** n of the items, evenly spread: the middles of n equal slices; all of them when n ≥ their number. */
    static <T> List<T> spread(List<T> items, int n) {
        int w = items.size();
        if (n >= w) {
            return items;
        }
        List<T> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chosen.add(items.get((int) ((2L * i + 1) * w / (2L * n))));
        }
        return chosen;
    }

    private static List<LocalDate> weekly(Schedule.Recurring r, Period period, WorkingCalendar calendar) {
        Set<DayOfWeek> chosen = namedWeekdays(r.text());
        if (chosen.isEmpty()) {
            chosen.addAll(spread(calendar.workingWeekdays(), r.times()));
        }
        return calendar.workingDays(period).stream()
                .filter(d -> chosen.contains(d.getDayOfWeek()))
                .toList();
    }

    /** The weekdays the words name ("каждую среду", "по вторникам и четвергам"). */
    static Set<DayOfWeek> namedWeekdays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}]+")) {
            WEEKDAY_STEMS.forEach((stem, day) -> {
                boolean wednesday = stem.equals("сред");
                if (wednesday ? word.matches("сред(а|у|ы|е|ам|ами)") : word.startsWith(stem)) {
                    days.add(day);
                }
            });
        }
        return days;
    }
}
