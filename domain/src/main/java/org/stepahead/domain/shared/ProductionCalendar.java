package org.stepahead.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The production calendar (производственный календарь) of the Russian Federation for the five-day week: which days
 * are days off besides Saturday and Sunday, and which Saturdays and Sundays are working days.
 *
 * <p>For a year, in this order:
 *
 * <ol>
 *   <li>the public holidays of the Labour Code, art. 112 part 1: 1–8 January, 23 February, 8 March, 1 May, 9 May, 12
 *       June, 4 November;
 *   <li>art. 112 part 2: a Saturday or Sunday that falls on a holiday moves to the next working day after the holiday
 *       — except on 1–8 January, whose weekend days only the Government's decree moves;
 *   <li>the Government's decree for the year ({@link ProductionCalendarDecrees}): each transfer makes its second day a
 *       day off, and its first day a working day unless that is a public holiday (then the holiday's weekend day is
 *       the one moved, and step 2 does not move it again).
 * </ol>
 *
 * <p>A year without a decree in the table (before 2013, and from 2027 on) gets steps 1 and 2 only: the automatic
 * moves of art. 112 part 2 are right, but the January weekend days the decree would move, and its working Saturdays,
 * are missing. Add the year's decree to the table when it is published.
 */
final class ProductionCalendar {

    /** The public holidays of the Labour Code, art. 112 part 1. */
    static final List<MonthDay> PUBLIC_HOLIDAYS = Stream.concat(
                    IntStream.rangeClosed(1, 8).mapToObj(day -> MonthDay.of(1, day)),
                    Stream.of(
                            MonthDay.of(2, 23),
                            MonthDay.of(3, 8),
                            MonthDay.of(5, 1),
                            MonthDay.of(5, 9),
                            MonthDay.of(6, 12),
                            MonthDay.of(11, 4)))
            .toList();

    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Pattern DECREE = Pattern.compile("(\\d{4}) decree № (\\S+) of (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TRANSFER =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\p{L}{3}) -> (\\d{4}-\\d{2}-\\d{2}) (\\p{L}{3})");

    private static final ProductionCalendar RUSSIA = parse(ProductionCalendarDecrees.TABLE);

    /** One year's decree: its number, the day it was signed, its transfers (from → to). */
    record Decree(int year, String number, LocalDate signed, List<Transfer> transfers) {
        Decree {
            transfers = List.copyOf(transfers);
        }

        /** How the decree is cited: "Постановление Правительства РФ от 10.08.2023 № 1314". */
        String title() {
            return "Постановление Правительства РФ от %02d.%02d.%d № %s"
                    .formatted(signed.getDayOfMonth(), signed.getMonthValue(), signed.getYear(), number);
        }
    }

    /** A day off moved: {@code from} is worked (unless a holiday), {@code to} is a day off. */
    record Transfer(LocalDate from, LocalDate to) {}

    /** A year of the calendar: the days off on top of the weekend, and the weekend days that are worked. */
    record Year(int year, Optional<Decree> decree, Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {
        Year {
            daysOff = Collections.unmodifiableSet(new TreeSet<>(daysOff));
            workingWeekendDays = Collections.unmodifiableSet(new TreeSet<>(workingWeekendDays));
        }

        /** Whether the day (of this year) is a working day of the five-day week. */
        boolean isWorkingDay(LocalDate day) {
            if (daysOff.contains(day)) {
                return false;
            }
            return workingWeekendDays.contains(day) || !WEEKEND.contains(day.getDayOfWeek());
        }

        /** The number of working days of the year (the official total of the five-day week). */
        long workingDays() {
            LocalDate first = LocalDate.of(year, 1, 1);
            return first.datesUntil(first.plusYears(1))
                    .filter(this::isWorkingDay)
                    .count();
        }
    }

    private final Map<Integer, Decree> decrees;

    private ProductionCalendar(Map<Integer, Decree> decrees) {
        this.decrees = Collections.unmodifiableMap(new TreeMap<>(decrees));
    }

    /** The Russian production calendar, with the decrees of {@link ProductionCalendarDecrees}. */
    static ProductionCalendar russia() {
        return RUSSIA;
    }

    /** The years that have a decree in the table. */
    Set<Integer> decreeYears() {
        return decrees.keySet();
    }

    /** The year: holidays, the moves of art. 112 part 2 and the year's decree, if the table has it. */
    Year year(int year) {
        Optional<Decree> decree = Optional.ofNullable(decrees.get(year));
        List<Transfer> transfers = decree.map(Decree::transfers).orElse(List.of());
        Set<LocalDate> holidays = new TreeSet<>();
        PUBLIC_HOLIDAYS.forEach(day -> holidays.add(day.atYear(year)));
        Set<LocalDate> movedByDecree = new TreeSet<>();
        transfers.forEach(t -> movedByDecree.add(t.from()));

        Set<LocalDate> daysOff = new TreeSet<>(holidays);
        for (LocalDate holiday : holidays) {
            boolean january = holiday.getMonthValue() == 1;
            if (WEEKEND.contains(holiday.getDayOfWeek()) && !january && !movedByDecree.contains(holiday)) {
                LocalDate next = holiday.plusDays(1);
                while (WEEKEND.contains(next.getDayOfWeek()) || daysOff.contains(next)) {
                    next = next.plusDays(1);
                }
                daysOff.add(next);
            }
        }
        Set<LocalDate> workingWeekendDays = new TreeSet<>();
        for (Transfer transfer : transfers) {
            boolean weekend = WEEKEND.contains(transfer.from().getDayOfWeek());
            if (!weekend && !daysOff.contains(transfer.from())) {
                throw new IllegalArgumentException("production calendar " + year + ": " + transfer.from()
                        + " is a working weekday, it has no day off to move");
            }
            if (!holidays.contains(transfer.from())) {
                daysOff.remove(transfer.from());
                if (weekend) {
                    workingWeekendDays.add(transfer.from());
                }
            }
            daysOff.add(transfer.to());
        }
        return new Year(year, decree, daysOff, workingWeekendDays);
    }

    /**
     * Reads the table (the format of {@link ProductionCalendarDecrees}); refuses a line it cannot read, a weekday that
     * does not match its date, a transfer outside its decree's year, or a transfer to a weekend day or a holiday.
     */
    static ProductionCalendar parse(String table) {
        Map<Integer, Decree> decrees = new TreeMap<>();
        Decree current = null;
        List<Transfer> transfers = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : table.split("\n", -1)) {
            lineNumber++;
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher decree = DECREE.matcher(line);
            Matcher transfer = TRANSFER.matcher(line);
            if (decree.matches()) {
                if (current != null) {
                    decrees.put(
                            current.year(), new Decree(current.year(), current.number(), current.signed(), transfers));
                }
                int year = Integer.parseInt(decree.group(1));
                if (decrees.containsKey(year)) {
                    throw invalid(lineNumber, line, "a second decree for " + year);
                }
                current = new Decree(year, decree.group(2), LocalDate.parse(decree.group(3)), List.of());
                transfers = new ArrayList<>();
            } else if (transfer.matches() && current != null) {
                LocalDate from = day(transfer.group(1), transfer.group(2), lineNumber, line);
                LocalDate to = day(transfer.group(3), transfer.group(4), lineNumber, line);
                checkTransfer(current.year(), from, to, lineNumber, line);
                transfers.add(new Transfer(from, to));
            } else {
                throw invalid(lineNumber, line, "neither a decree nor a transfer after one");
            }
        }
        if (current != null) {
            decrees.put(current.year(), new Decree(current.year(), current.number(), current.signed(), transfers));
        }
        ProductionCalendar calendar = new ProductionCalendar(decrees);
        calendar.decreeYears().forEach(calendar::year);
        return calendar;
    }

    private static void checkTransfer(int year, LocalDate from, LocalDate to, int lineNumber, String line) {
        if (from.getYear() != year || to.getYear() != year) {
            throw invalid(lineNumber, line, "a transfer outside " + year);
        }
        if (WEEKEND.contains(to.getDayOfWeek()) || PUBLIC_HOLIDAYS.contains(MonthDay.from(to))) {
            throw invalid(lineNumber, line, "a day off moved to a weekend day or a holiday");
        }
    }

    private static LocalDate day(String date, String weekday, int lineNumber, String line) {
        LocalDate day = LocalDate.parse(date);
        String name = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (!name.equals(weekday)) {
            throw invalid(lineNumber, line, date + " is a " + name + ", not a " + weekday);
        }
        return day;
    }

    private static IllegalArgumentException invalid(int lineNumber, String line, String why) {
        return new IllegalArgumentException("production calendar, line " + lineNumber + " \"" + line + "\": " + why);
    }
}
