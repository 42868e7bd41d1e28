package org.stepahead.application.port.out;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link CalendarWriter} writes: a neutral model of a calendar feed, free of any calendar library. Each entry
 * is one event or one recurring activity, with a UID that stays the same from one export to the next.
 *
 * @param name the calendar's display name
 * @param timeZone the zone that entries with times are local to (the community's)
 * @param stamp when the feed was made (from the clock port), written as every entry's DTSTAMP
 * @param language the language of the labels the writer adds (Russian by default)
 * @param entries the entries, in a stable order
 */
public record CalendarFeed(String name, ZoneId timeZone, Instant stamp, Locale language, List<Entry> entries) {

    public CalendarFeed {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(language, "language");
        entries = List.copyOf(entries);
    }

    /**
     * One calendar entry. Without {@code startsAt} it is an all-day entry on {@code date}; with it, it runs from
     * {@code startsAt} to {@code endsAt} (if known) in the feed's time zone. A planned activity's entry (all-day) stands
     * for exactly its {@code days}: the writer makes the entry's expansion equal to them — with a {@code recurrence},
     * an RRULE from its first day on or after {@code date} (the first of the days) plus EXDATEs for the rule's days
     * that are not among them and RDATEs for theirs that the rule misses; without one, the first day and RDATEs for
     * the others. An event's entry has no days: it stands for {@code date} alone.
     *
     * @param uid a stable unique id, e.g. {@code <event id>@stepahead.org}
     * @param summary the title, as the plan writes it
     * @param details what the writer puts into the description
     * @param location the place, or null
     * @param date the event's day, or the first of a planned activity's days
     * @param startsAt the start time, or null for an all-day entry
     * @param endsAt the end time, or null
     * @param cancelled whether the entry was cancelled (kept, so subscribers see it go)
     * @param recurrence the rule the days mostly follow, or null
     * @param days the exact days of a planned activity's entry (the occurrences no event stands for yet); empty for an
     *     event
     */
    public record Entry(
            String uid,
            String summary,
            Details details,
            String location,
            LocalDate date,
            LocalTime startsAt,
            LocalTime endsAt,
            boolean cancelled,
            Recurrence recurrence,
            List<LocalDate> days) {

        public Entry {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(date, "date");
            days = days == null ? List.of() : days.stream().distinct().sorted().toList();
            if ((recurrence != null || !days.isEmpty()) && startsAt != null) {
                throw new IllegalArgumentException("A planned activity's entry is all-day: " + uid);
            }
            if (recurrence != null && days.isEmpty()) {
                throw new IllegalArgumentException("A recurrence needs the days it stands for: " + uid);
            }
            details = details == null ? Details.NONE : details;
        }

        /** Whether the entry has no start time and so takes the whole day. */
        public boolean allDay() {
            return startsAt == null;
        }
    }

    /**
     * The description's parts, each optional: the program and stage it belongs to, its forms of work (in Russian, as
     * the catalogue names them), who is responsible, who leads it, and the plan's own words for when it happens.
     */
    public record Details(
            String program,
            String stage,
            List<String> forms,
            List<String> responsible,
            List<String> facilitators,
            String scheduleText) {

        public static final Details NONE = new Details(null, null, List.of(), List.of(), List.of(), null);

        public Details {
            forms = forms == null ? List.of() : List.copyOf(forms);
            responsible = responsible == null ? List.of() : List.copyOf(responsible);
            facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
        }
    }

    /** How often a recurrence repeats. */
    public enum Frequency {
        WEEKLY,
        MONTHLY,
        YEARLY
    }

    /**
     * A recurrence rule as RFC 5545 knows it: every {@code interval} weeks, months or years, on the given weekdays
     * (with an ordinal inside the month: 3 = the third, -1 = the last, 0 = every), limited to the given months, picking
     * the given positions of the resulting set (1 = the first), until the given day (included).
     */
    public record Recurrence(
            Frequency frequency,
            int interval,
            List<WeekdayRule> byDay,
            List<Integer> byMonth,
            List<Integer> bySetPosition,
            LocalDate until) {

        public Recurrence {
            Objects.requireNonNull(frequency, "frequency");
            Objects.requireNonNull(until, "until");
            if (interval < 1) {
                throw new IllegalArgumentException("interval " + interval);
            }
            byDay = byDay == null ? List.of() : List.copyOf(byDay);
            byMonth = byMonth == null ? List.of() : List.copyOf(byMonth);
            bySetPosition = bySetPosition == null ? List.of() : List.copyOf(bySetPosition);
        }
    }

    /** A weekday in a recurrence, with its ordinal inside the month (0 for every one). */
    public record WeekdayRule(int ordinal, DayOfWeek day) {
        public WeekdayRule {
            Objects.requireNonNull(day, "day");
        }

        /** Every such weekday of the month. */
        public static WeekdayRule every(DayOfWeek day) {
            return new WeekdayRule(0, day);
        }
    }
}
