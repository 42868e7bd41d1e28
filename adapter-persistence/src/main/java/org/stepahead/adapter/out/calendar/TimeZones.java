package org.stepahead.adapter.out.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.Month;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Builds a VTIMEZONE from the JDK's time-zone rules for the years a feed's timed entries fall in. A zone that
 * switches to summer time by yearly rules (and changed nothing else since the first year) gets one STANDARD and one
 * DAYLIGHT observance with a yearly RRULE, the form calendar programs (and ical4j's parser) read best; any other
 * zone gets the offset in force when the first year begins, then every transition up to the end of the last year.
 *
 * <p>Not ical4j's bundled definitions: in ical4j 4.1.1 the one for Europe/Moscow stops in 2011 at UTC+4 (it misses
 * the return to UTC+3 in October 2014), so times written or read through it are an hour off; and its generator from
 * the JDK's rules is unreachable. The JDK's rules are the ones the rest of Step Ahead computes with.
 */
final class TimeZones {

    private TimeZones() {}

    static VTimeZone of(ZoneId zone, int firstYear, int lastYear) {
        ZoneRules rules = zone.getRules();
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        LocalDateTime windowStart = LocalDate.of(firstYear, 1, 1).atStartOfDay();
        Instant start = windowStart.atZone(zone).toInstant();
        Instant end = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<ZoneOffsetTransition> fixed = rules.getTransitions();
        Instant yearBefore =
                LocalDate.of(firstYear - 1, 1, 1).atStartOfDay(zone).toInstant();
        if (!rules.getTransitionRules().isEmpty()
                && (fixed.isEmpty() || fixed.get(fixed.size() - 1).getInstant().isBefore(yearBefore))) {
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                Optional<Recur<LocalDateTime>> recur = yearly(rule);
                if (recur.isEmpty()) {
                    break;
                }
                // From the year before, so that the first days of the first year have an observance too.
                ZoneOffsetTransition first = rule.createTransition(firstYear - 1);
                Observance observance = observance(
                        first.getOffsetAfter().getTotalSeconds()
                                > rule.getStandardOffset().getTotalSeconds(),
                        first.getDateTimeBefore(),
                        first.getOffsetBefore(),
                        first.getOffsetAfter());
                observance.add(new RRule<>(recur.get()));
                timeZone.add(observance);
            }
            if (timeZone.getObservances().size() == rules.getTransitionRules().size()) {
                return timeZone;
            }
            timeZone = new VTimeZone();
            timeZone.add(new TzId(zone.getId()));
        }
        ZoneOffset initial = rules.getOffset(start);
        timeZone.add(observance(rules.isDaylightSavings(start), windowStart, initial, initial));
        ZoneOffsetTransition transition = rules.nextTransition(start);
        while (transition != null && transition.getInstant().isBefore(end)) {
            timeZone.add(observance(
                    rules.isDaylightSavings(transition.getInstant()),
                    transition.getDateTimeBefore(),
                    transition.getOffsetBefore(),
                    transition.getOffsetAfter()));
            transition = rules.nextTransition(transition.getInstant());
        }
        return timeZone;
    }

    /**
     * A yearly rule as RRULE: "last Sunday of March" is BYDAY=-1SU, "Sunday on or after the 8th" BYDAY=SU with
     * BYMONTHDAY=8..14, a fixed day BYMONTHDAY; anything else has no RRULE here (empty).
     */
    private static Optional<Recur<LocalDateTime>> yearly(ZoneOffsetTransitionRule rule) {
        Recur.Builder<LocalDateTime> builder = new Recur.Builder<LocalDateTime>()
                .frequency(Frequency.YEARLY)
                .monthList(Month.valueOf(rule.getMonth().getValue()));
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            if (day < 1) {
                return Optional.empty();
            }
            builder.monthDayList(day);
        } else if (day == -1 || lastWeekOfTheMonth(rule.getMonth(), day)) {
            builder.dayList(new WeekDay(WeekDay.getWeekDay(rule.getDayOfWeek()), -1));
        } else if (day > 0 && day + 6 <= rule.getMonth().minLength()) {
            builder.dayList(WeekDay.getWeekDay(rule.getDayOfWeek()));
            builder.monthDayList(IntStream.range(day, day + 7).boxed().toList());
        } else {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }

    /** Whether "on or after the day" is "the last" of the month (the JDK writes last Sunday of March as on or after 25). */
    private static boolean lastWeekOfTheMonth(java.time.Month month, int day) {
        return month.minLength() == month.maxLength() && day + 6 == month.minLength();
    }

    private static Observance observance(boolean daylight, LocalDateTime from, ZoneOffset before, ZoneOffset after) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new DtStart<>(from));
        observance.add(new TzOffsetFrom(before));
        observance.add(new TzOffsetTo(after));
        return observance;
    }
}
