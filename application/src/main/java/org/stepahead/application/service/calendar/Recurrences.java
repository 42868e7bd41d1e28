package org.stepahead.application.service.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepahead.application.port.out.CalendarFeed.Frequency;
import org.stepahead.application.port.out.CalendarFeed.Recurrence;
import org.stepahead.application.port.out.CalendarFeed.WeekdayRule;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

/**
 * Turns a schedule that is a recurrence into an RFC 5545 recurrence over a period (docs/adr/0010 has the table).
 * Counts per unit are spread over working days (Monday to Friday): "2 раза в месяц" falls on the 1st and 11th
 * working day of each month, "1 раз в четверть" on the first working day of each school quarter. Any other schedule,
 * and a count no rule can spread evenly (2 times a quarter), is no recurrence: empty.
 */
final class Recurrences {

    /** Working days in a month, for spreading a monthly count. */
    private static final int WORKING_DAYS_PER_MONTH = 20;

    private static final List<WeekdayRule> WORKING_DAYS = List.of(
            WeekdayRule.every(DayOfWeek.MONDAY),
            WeekdayRule.every(DayOfWeek.TUESDAY),
            WeekdayRule.every(DayOfWeek.WEDNESDAY),
            WeekdayRule.every(DayOfWeek.THURSDAY),
            WeekdayRule.every(DayOfWeek.FRIDAY));

    /** The first month of each school quarter: September, November, January, April. */
    private static final List<Integer> SCHOOL_QUARTER_STARTS = List.of(9, 11, 1, 4);

    /** Two months of each school quarter (I: Sep, Oct; II: Nov, Dec; III: Jan, Mar; IV: Apr, May). */
    private static final List<Integer> SCHOOL_QUARTER_TWICE = List.of(9, 10, 11, 12, 1, 3, 4, 5);

    private Recurrences() {}

    static Optional<Recurrence> of(Schedule schedule, Period period) {
        if (schedule instanceof Schedule.NthWeekdayOfMonth nth) {
            return Optional.of(new Recurrence(
                    Frequency.MONTHLY,
                    1,
                    List.of(new WeekdayRule(nth.nth(), nth.dayOfWeek())),
                    List.of(),
                    List.of(),
                    period.end()));
        }
        if (schedule instanceof Schedule.Recurring recurring) {
            return of(recurring, period);
        }
        return Optional.empty();
    }

    private static Optional<Recurrence> of(Schedule.Recurring r, Period period) {
        int times = r.times();
        return switch (r.per()) {
            case WEEK ->
                Optional.of(new Recurrence(Frequency.WEEKLY, 1, weekdays(times), List.of(), List.of(), period.end()));
            case MONTH ->
                Optional.of(new Recurrence(
                        Frequency.MONTHLY, 1, WORKING_DAYS, List.of(), spreadInMonth(times), period.end()));
            case QUARTER ->
                switch (times) {
                    case 1 -> Optional.of(firstWorkingDayOf(SCHOOL_QUARTER_STARTS, period));
                    case 2 -> Optional.of(firstWorkingDayOf(SCHOOL_QUARTER_TWICE, period));
                    default -> Optional.empty();
                };
            case CALENDAR_QUARTER -> everyFewMonths(3, times, period);
            case HALF_YEAR -> everyFewMonths(6, times, period);
            case YEAR -> everyFewMonths(12, times, period);
        };
    }

    private static Recurrence firstWorkingDayOf(List<Integer> months, Period period) {
        return new Recurrence(Frequency.MONTHLY, 1, WORKING_DAYS, months, List.of(1), period.end());
    }

    private static Optional<Recurrence> everyFewMonths(int months, int times, Period period) {
        if (months % times != 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Recurrence(Frequency.MONTHLY, months / times, WORKING_DAYS, List.of(), List.of(1), period.end()));
    }

    /** Times a week on evenly spread weekdays: 1 Monday; 2 Tuesday, Thursday; 3 Mon, Wed, Fri; 4 all but Wed. */
    private static List<WeekdayRule> weekdays(int times) {
        List<DayOfWeek> days = switch (times) {
            case 1 -> List.of(DayOfWeek.MONDAY);
            case 2 -> List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            case 3 -> List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            case 4 -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            default ->
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        };
        return days.stream().map(WeekdayRule::every).toList();
    }

    /** Positions among a month's working days, evenly spread from the first: 2 → 1st and 11th; 4 → 1, 6, 11, 16. */
    private static List<Integer> spreadInMonth(int times) {
        if (times >= WORKING_DAYS_PER_MONTH) {
            return List.of();
        }
        List<Integer> positions = new ArrayList<>();
        int step = WORKING_DAYS_PER_MONTH / times;
        for (int k = 0; k < times; k++) {
            positions.add(1 + k * step);
        }
        return positions;
    }
}
