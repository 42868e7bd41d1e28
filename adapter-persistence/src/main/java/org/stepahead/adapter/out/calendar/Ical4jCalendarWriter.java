package org.stepahead.adapter.out.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Month;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;
import org.stepahead.application.port.out.CalendarFeed;
import org.stepahead.application.port.out.CalendarFeed.Details;
import org.stepahead.application.port.out.CalendarFeed.Entry;
import org.stepahead.application.port.out.CalendarFeed.Recurrence;
import org.stepahead.application.port.out.CalendarWriter;

/**
 * Writes calendar feeds with ical4j (RFC 5545): one VEVENT per entry with its stable UID, all-day entries as DATE
 * values, timed ones as local date-times with the feed's TZID and its VTIMEZONE, a planned activity as one entry whose
 * RRULE, EXDATE and RDATE expand to exactly its days, and the description's labels in the feed's language. ical4j
 * escapes and folds the text.
 */
public final class Ical4jCalendarWriter implements CalendarWriter {

    /** The product that wrote the feed (PRODID). */
    public static final String PRODUCT_ID = "-//Step Ahead//stepahead//RU";

    /**
     * Characters per line before ical4j folds: it counts characters, RFC 5545 counts octets (at most 75), and a
     * Cyrillic letter is two octets in UTF-8, a dash or "№" three; 25 characters stay within 75 octets whatever they
     * are.
     */
    static final int FOLD_LENGTH = 25;

    private static final String BUNDLE = "org.stepahead.adapter.out.calendar.labels";

    @Override
    public String write(CalendarFeed feed) {
        ResourceBundle labels = labels(feed.language());
        ZoneId zone = feed.timeZone();
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT_ID).withDefaults();
        calendar.add(new XProperty("X-WR-CALNAME", feed.name()));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        // Always one VTIMEZONE: it covers the timed entries, and an empty feed still has the component RFC 5545 asks
        // for.
        int stampYear = feed.stamp().atZone(zone).getYear();
        List<Entry> timed = feed.entries().stream().filter(e -> !e.allDay()).toList();
        calendar.add(TimeZones.of(
                zone,
                timed.stream().mapToInt(e -> e.date().getYear()).min().orElse(stampYear),
                timed.stream().mapToInt(e -> e.date().getYear()).max().orElse(stampYear)));
        for (Entry entry : feed.entries()) {
            calendar.add(event(entry, feed, zone, labels));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true, FOLD_LENGTH).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar does not validate: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private VEvent event(Entry entry, CalendarFeed feed, ZoneId zone, ResourceBundle labels) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(feed.stamp()));
        if (!entry.days().isEmpty()) {
            series(event, entry);
        } else if (entry.allDay()) {
            event.add(new DtStart<>(entry.date()));
            event.add(new DtEnd<>(entry.date().plusDays(1)));
        } else {
            ParameterList inZone = new ParameterList(List.of(new TzId(zone.getId())));
            event.add(new DtStart<>(inZone, entry.date().atTime(entry.startsAt())));
            if (entry.endsAt() != null) {
                event.add(new DtEnd<>(inZone, entry.date().atTime(entry.endsAt())));
            }
        }
        event.add(new Summary(entry.summary()));
        String description = description(entry.details(), labels);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.cancelled()) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        return event;
    }

    /**
     * A planned activity's days as one all-day VEVENT whose expansion (RFC 5545 3.8.5: DTSTART, RRULE, RDATE, minus
     * EXDATE) is exactly those days. With a recurrence, DTSTART is the rule's first day on or after the period's start
     * (it must be an occurrence of the rule, 3.8.5.3), EXDATE takes out the rule's days that are not among the days
     * (days off, days an event already stands for) and RDATE adds the days the rule misses; without one (or when the
     * rule gives no day), DTSTART is the first day and RDATE gives the others.
     */
    private static void series(VEvent event, Entry entry) {
        List<LocalDate> days = entry.days();
        List<LocalDate> ruled = entry.recurrence() == null
                ? List.of()
                : recur(entry.recurrence())
                        .getDates(
                                entry.date(),
                                entry.date(),
                                entry.recurrence().until().plusDays(1));
        LocalDate start = ruled.isEmpty() ? days.get(0) : ruled.get(0);
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(start.plusDays(1)));
        if (!ruled.isEmpty()) {
            event.add(new RRule<>(recur(entry.recurrence())));
            List<LocalDate> excluded =
                    ruled.stream().filter(day -> !days.contains(day)).toList();
            if (!excluded.isEmpty()) {
                event.add(new ExDate<>(dates(), new DateList<>(excluded)));
            }
        }
        List<LocalDate> added = days.stream()
                .filter(day -> !day.equals(start) && !ruled.contains(day))
                .toList();
        if (!added.isEmpty()) {
            event.add(new RDate<>(dates(), new DateList<>(added)));
        }
    }

    /** VALUE=DATE: the values of an all-day entry's EXDATE and RDATE are days (RFC 5545 3.8.5.1, 3.8.5.2). */
    private static ParameterList dates() {
        return new ParameterList(List.of(Value.DATE));
    }

    static Recur<LocalDate> recur(Recurrence r) {
        Recur.Builder<LocalDate> builder = new Recur.Builder<LocalDate>()
                .frequency(frequency(r.frequency()))
                .until(r.until());
        if (r.interval() > 1) {
            builder.interval(r.interval());
        }
        if (!r.byDay().isEmpty()) {
            builder.dayList(r.byDay().stream()
                    .map(d -> d.ordinal() == 0
                            ? WeekDay.getWeekDay(d.day())
                            : new WeekDay(WeekDay.getWeekDay(d.day()), d.ordinal()))
                    .toList());
        }
        if (!r.byMonth().isEmpty()) {
            builder.monthList(r.byMonth().stream().map(Month::valueOf).toList());
        }
        if (!r.bySetPosition().isEmpty()) {
            builder.setPosList(r.bySetPosition());
        }
        return builder.build();
    }

    private static Frequency frequency(CalendarFeed.Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> Frequency.WEEKLY;
            case MONTHLY -> Frequency.MONTHLY;
            case YEARLY -> Frequency.YEARLY;
        };
    }

    private static String description(Details d, ResourceBundle labels) {
        List<String> lines = new ArrayList<>();
        line(lines, labels, "program", d.program());
        line(lines, labels, "stage", d.stage());
        line(lines, labels, "forms", String.join(", ", d.forms()));
        line(lines, labels, "responsible", String.join("; ", d.responsible()));
        line(lines, labels, "facilitators", String.join("; ", d.facilitators()));
        line(lines, labels, "schedule", d.scheduleText());
        return String.join("\n", lines);
    }

    private static void line(List<String> lines, ResourceBundle labels, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(MessageFormat.format(labels.getString(key), value));
        }
    }

    private static ResourceBundle labels(Locale language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                Ical4jCalendarWriter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
