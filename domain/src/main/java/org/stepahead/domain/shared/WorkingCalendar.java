package org.stepahead.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Value: which days a community works on — weekends, public holidays, the days off moved to weekdays and school
 * holidays (каникулы) are not working days, a Saturday the Government made a working day is one — and the school
 * quarters (четверти) that "N раз в четверть" is counted in.
 *
 * <p>{@link #russianSchool(Period)} is the default for Russian schools, computed for every academic year the period
 * touches (real calendars differ by region and school: a community adds its own non-working days with {@link
 * #withNonWorking(String, List)}):
 *
 * <ul>
 *   <li>weekend: Saturday and Sunday (the five-day week of teachers' meetings);
 *   <li>the production calendar of the Russian Federation: the public holidays of the Labour Code art. 112 (1–8
 *       January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November), a weekend day falling on one of them moved
 *       to the next working day (art. 112 part 2, not for 1–8 January), and the transfers of the Government's yearly
 *       decree "О переносе выходных дней" — the day off it moves to is not a working day, the Saturday or Sunday it
 *       makes a working day is one ({@link #workingWeekendDays()}). The decrees of 2013–2026 are in the domain's
 *       table; for a year without one (2027 until its decree is added, and later years) only art. 112 and its
 *       weekend rule apply, so that year's January moves and working Saturdays are missing. The non-working days
 *       declared by the President (2020, 2021) are not included;
 *   <li>autumn holidays: nine days from the last Saturday of October; winter holidays: 30 December to 8 January;
 *       spring holidays: nine days from the last Saturday of March — the pattern of the federal calendar of the
 *       federal educational programmes (ФОП, orders of the Ministry of Enlightenment № 370–373 of 18 May 2023:
 *       autumn 28.10–05.11.2023, winter 30.12.2023–08.01.2024, spring 23.03–31.03.2024 — that one spring a week
 *       earlier than the rule); school holidays win over a working Saturday (2 November 2024 stays a day off);
 *   <li>summer: July is not a working month (pupils' holidays run June–August, but teachers' communities work in
 *       June — exams, reports — and in August — the August conferences; July is the month of teachers' leave);
 *   <li>quarters: I from 1 September to the autumn holidays, II to the winter holidays, III from 9 January to the
 *       spring holidays, IV to 31 May; half-years: I = quarters I–II, II = quarters III–IV.
 * </ul>
 *
 * <p>A working Saturday is a working day like any other for the rules that count working days ({@link
 * #workingDays(Period)}); it is not one of the {@link #workingWeekdays()}, so a rule naming weekdays (Monday to
 * Friday, or spread over them) does not fall on it — see {@link Occurrences}.
 */
public record WorkingCalendar(
        Set<DayOfWeek> weekend,
        Set<LocalDate> publicHolidays,
        List<Break> breaks,
        List<Period> quarters,
        Set<LocalDate> workingWeekendDays)
        implements ValueObject {

    /**
     * A calendar: the weekend days, the days off on top of them (public holidays and days off moved to weekdays), the
     * named breaks, the school quarters, and the weekend days that are working days nonetheless (a working Saturday;
     * a day off or a break still wins).
     */
    public WorkingCalendar {
        weekend = Set.copyOf(Texts.present(weekend, "calendar.weekend"));
        publicHolidays = Set.copyOf(Texts.present(publicHolidays, "calendar.publicHolidays"));
        workingWeekendDays = Set.copyOf(Texts.present(workingWeekendDays, "calendar.workingWeekendDays"));
        breaks = Texts.listOf(breaks, "calendar.breaks");
        quarters = Texts.listOf(quarters, "calendar.quarters").stream()
                .sorted(Comparator.comparing(Period::start))
                .toList();
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new DomainRuleViolation("calendar.noWorkingWeekday");
        }
    }

    /** A calendar without working weekend days. */
    public WorkingCalendar(
            Set<DayOfWeek> weekend, Set<LocalDate> publicHolidays, List<Break> breaks, List<Period> quarters) {
        this(weekend, publicHolidays, breaks, quarters, Set.of());
    }

    /** Value: named non-working days ("осенние каникулы"). */
    public record Break(String name, Period period) implements ValueObject {
        public Break {
            name = Texts.required(name, "calendar.break.name");
            Texts.present(period, "calendar.break.period");
        }
    }

    /** The default Russian school calendar for every academic year that the period touches. */
    public static WorkingCalendar russianSchool(Period period) {
        Texts.present(period, "period");
        int first = AcademicYear.containing(period.start()).firstYear();
        int last = AcademicYear.containing(period.end()).firstYear();
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workingWeekendDays = new TreeSet<>();
        List<Break> breaks = new ArrayList<>();
        List<Period> quarters = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            WorkingCalendar one = russianSchool(new AcademicYear(year));
            holidays.addAll(one.publicHolidays);
            workingWeekendDays.addAll(one.workingWeekendDays);
            breaks.addAll(one.breaks);
            quarters.addAll(one.quarters);
        }
        return new WorkingCalendar(
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays, breaks, quarters, workingWeekendDays);
    }

    /** The default Russian school calendar of one academic year (see the class comment for the rule). */
    public static WorkingCalendar russianSchool(AcademicYear year) {
        int y = year.firstYear();
        Period academic = year.period();
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workingWeekendDays = new TreeSet<>();
        for (int calendarYear = y; calendarYear <= y + 1; calendarYear++) {
            ProductionCalendar.Year production = ProductionCalendar.russia().year(calendarYear);
            production.daysOff().stream().filter(academic::contains).forEach(holidays::add);
            production.workingWeekendDays().stream().filter(academic::contains).forEach(workingWeekendDays::add);
        }
        LocalDate autumn = lastSaturday(y, Month.OCTOBER);
        LocalDate winter = LocalDate.of(y, 12, 30);
        LocalDate winterEnd = LocalDate.of(y + 1, 1, 8);
        LocalDate spring = lastSaturday(y + 1, Month.MARCH);
        List<Break> breaks = List.of(
                new Break("осенние каникулы", Period.of(autumn, autumn.plusDays(8))),
                new Break("зимние каникулы", Period.of(winter, winterEnd)),
                new Break("весенние каникулы", Period.of(spring, spring.plusDays(8))),
                new Break("летний отпуск", Period.of(LocalDate.of(y + 1, 7, 1), LocalDate.of(y + 1, 7, 31))));
        List<Period> quarters = List.of(
                Period.of(LocalDate.of(y, 9, 1), autumn.minusDays(1)),
                Period.of(autumn.plusDays(9), winter.minusDays(1)),
                Period.of(winterEnd.plusDays(1), spring.minusDays(1)),
                Period.of(spring.plusDays(9), LocalDate.of(y + 1, 5, 31)));
        return new WorkingCalendar(
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays, breaks, quarters, workingWeekendDays);
    }

    private static LocalDate lastSaturday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
    }

    /** This calendar with more non-working periods (a community's own days off, a quarantine). */
    public WorkingCalendar withNonWorking(String name, List<Period> periods) {
        List<Break> more = new ArrayList<>(breaks);
        Texts.listOf(periods, "calendar.nonWorking").forEach(p -> more.add(new Break(name, p)));
        return new WorkingCalendar(weekend, publicHolidays, more, quarters, workingWeekendDays);
    }

    /**
     * Whether the day is a working day: not in a break, not a public holiday or moved day off, and not a weekend day
     * unless it is one of the working weekend days.
     */
    public boolean isWorkingDay(LocalDate day) {
        Texts.present(day, "day");
        return (!weekend.contains(day.getDayOfWeek()) || workingWeekendDays.contains(day))
                && !publicHolidays.contains(day)
                && breaks.stream().noneMatch(b -> b.period().contains(day));
    }

    /** The working days of the period, in order. */
    public List<LocalDate> workingDays(Period period) {
        return period.start()
                .datesUntil(period.end().plusDays(1))
                .filter(this::isWorkingDay)
                .toList();
    }

    /**
     * The working weekdays (Monday to Friday for a Saturday–Sunday weekend), in order; a working Saturday does not
     * make Saturday one of them.
     */
    public List<DayOfWeek> workingWeekdays() {
        EnumSet<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        days.removeAll(weekend);
        return List.copyOf(days);
    }

    /**
     * The school half-years: in each academic year, the quarters starting September–December form the first, those
     * starting January–August the second.
     */
    public List<Period> halfYears() {
        Map<String, Period> halves = new LinkedHashMap<>();
        for (Period quarter : quarters) {
            boolean first = quarter.start().getMonthValue() >= Month.SEPTEMBER.getValue();
            String key = AcademicYear.containing(quarter.start()) + (first ? "/1" : "/2");
            halves.merge(key, quarter, (a, b) -> Period.of(a.start(), b.end()));
        }
        return List.copyOf(halves.values());
    }
}
