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
import java.util.Optional;
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
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
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
 * values, timed ones as local date-times with the feed's TZID and its VTIMEZONE, recurrences as RRULE with UNTIL and
 * EXDATE, and the description's labels in the feed's language. ical4j escapes and folds the text.
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
            if (entry.recurrence() == null) {
                calendar.add(event(entry, entry.date(), feed, zone, labels));
            } else {
                // A series with no day in its period is left out: RFC 5545 would count its DTSTART as an occurrence.
                firstOccurrence(entry).ifPresent(first -> calendar.add(event(entry, first, feed, zone, labels)));
            }
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

    private VEvent event(Entry entry, LocalDate first, CalendarFeed feed, ZoneId zone, ResourceBundle labels) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(feed.stamp()));
        if (entry.allDay()) {
            event.add(new DtStart<>(first));
            event.add(new DtEnd<>(first.plusDays(1)));
        } else {
            ParameterList inZone = new ParameterList(List.of(new TzId(zone.getId())));
            event.add(new DtStart<>(inZone, entry.date().atTime(entry.startsAt())));
            if (entry.endsAt() != null) {
                event.add(new DtEnd<>(inZone, entry.date().atTime(entry.endsAt())));
            }
        }
        if (entry.recurrence() != null) {
            event.add(new RRule<>(recur(entry.recurrence())));
            if (!entry.excludedDates().isEmpty()) {
                event.add(new ExDate<>(new DateList<>(entry.excludedDates())));
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

    /** The first day of the series on or after its period's start: DTSTART must be an occurrence (RFC 5545 3.8.5.3). */
    private static Optional<LocalDate> firstOccurrence(Entry entry) {
        Recur<LocalDate> recur = recur(entry.recurrence());
        List<LocalDate> dates = recur.getDates(
                entry.date(), entry.date(), entry.recurrence().until().plusDays(1), 1);
        return dates.stream().findFirst();
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
