package org.stepahead.adapter.out.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.CalendarFeed;
import org.stepahead.application.port.out.CalendarFeed.Details;
import org.stepahead.application.port.out.CalendarFeed.Entry;
import org.stepahead.application.port.out.CalendarFeed.Frequency;
import org.stepahead.application.port.out.CalendarFeed.Recurrence;
import org.stepahead.application.port.out.CalendarFeed.WeekdayRule;
import org.stepahead.application.port.out.CalendarWriter;

/** The ical4j writer: what it writes parses back with ical4j's own parser, with the dates, zones and rules intact. */
class Ical4jCalendarWriterTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Instant STAMP = Instant.parse("2020-08-20T09:00:00Z");
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    static final String LONG_TITLE =
            "Заседание клуба классных руководителей «Шаг вперёд»: воспитательная работа в классе, "
                    + "профилактика, взаимодействие с семьёй; обмен опытом, итоги — и планы на следующий месяц";

    static final Entry MEETING = new Entry(
            "5f0e7a56-3c1b-4a0e-8d6e-1b2c3d4e5f60@stepahead.org",
            LONG_TITLE,
            new Details(
                    "Программа «Шаг вперёд»",
                    "Организационный",
                    List.of("заседание"),
                    List.of("МАОУ «Лицей» №21"),
                    List.of("Иванова И. И."),
                    null),
            "Лицей №21, актовый зал, ул. Советская, 1",
            LocalDate.of(2020, 9, 21),
            LocalTime.of(15, 0),
            LocalTime.of(16, 30),
            false,
            null,
            List.of());

    static final Entry THIRD_MONDAYS = new Entry(
            "0b5f4a2e-9d7c-4e61-a3b2-c1d0e9f8a7b6@stepahead.org",
            "Методический день",
            new Details(
                    "Программа «Шаг вперёд»",
                    "Основной",
                    List.of("семинар"),
                    List.of("Петров П. П.", "ММЦ"),
                    List.of(),
                    "каждый 3-тий понедельник месяца"),
            null,
            LocalDate.of(2020, 9, 1),
            null,
            null,
            false,
            new Recurrence(
                    Frequency.MONTHLY,
                    1,
                    List.of(new WeekdayRule(3, DayOfWeek.MONDAY)),
                    List.of(),
                    List.of(),
                    LocalDate.of(2020, 12, 31)),
            List.of(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 11, 16), LocalDate.of(2020, 12, 21)));

    static final Entry CANCELLED_DAY = new Entry(
            "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@stepahead.org",
            "Круглый стол",
            Details.NONE,
            null,
            LocalDate.of(2020, 11, 3),
            null,
            null,
            true,
            null,
            List.of());

    private final CalendarWriter writer = new Ical4jCalendarWriter();

    static CalendarFeed feed(Entry... entries) {
        return new CalendarFeed("Клуб «Шаг вперёд»", MOSCOW, STAMP, RUSSIAN, List.of(entries));
    }

    /** The text with its folded lines joined again (RFC 5545 3.1). */
    static String unfolded(String text) {
        return text.replace("\r\n ", "");
    }

    static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(uid))
                .findFirst()
                .orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void givenAFeed_write_namesTheCalendarAndTheProduct() throws Exception {
        Calendar calendar = parse(writer.write(feed(MEETING)));

        assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).isEqualTo(Ical4jCalendarWriter.PRODUCT_ID);
        assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Клуб «Шаг вперёд»");
    }

    @Test
    void givenATimedEntry_write_givesLocalTimesWithTheCommunityZoneAndItsVTimezone() throws Exception {
        String text = writer.write(feed(MEETING));
        Calendar calendar = parse(text);
        VEvent meeting = event(calendar, MEETING.uid());

        assertThat(unfolded(text))
                .contains("DTSTART;TZID=Europe/Moscow:20200921T150000")
                .contains("DTEND;TZID=Europe/Moscow:20200921T163000");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
                .singleElement()
                .satisfies(z -> assertThat(z.getProperty("TZID").orElseThrow().getValue())
                        .isEqualTo("Europe/Moscow"));
        Temporal start = meeting.getStartDate().orElseThrow().getDate();
        assertThat(ZonedDateTime.from(start).toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 9, 21, 15, 0));
        assertThat(ZonedDateTime.from(start).toInstant()).isEqualTo(Instant.parse("2020-09-21T12:00:00Z"));
        assertThat(ZonedDateTime.from(meeting.getEndDate().orElseThrow().getDate())
                        .toLocalTime())
                .isEqualTo(LocalTime.of(16, 30));
        assertThat(value(meeting, "DTSTAMP")).isEqualTo("20200820T090000Z");
    }

    @Test
    void givenAZoneWithSummerTime_write_givesTransitionsSoTimesOnBothSidesParseToTheRightInstants() throws Exception {
        Entry winter = new Entry(
                "w@stepahead.org",
                "Зима",
                Details.NONE,
                null,
                LocalDate.of(2021, 2, 1),
                LocalTime.of(10, 0),
                null,
                false,
                null,
                List.of());
        Entry summer = new Entry(
                "s@stepahead.org",
                "Лето",
                Details.NONE,
                null,
                LocalDate.of(2021, 7, 1),
                LocalTime.of(10, 0),
                null,
                false,
                null,
                List.of());
        CalendarFeed feed =
                new CalendarFeed("Berlin", ZoneId.of("Europe/Berlin"), STAMP, RUSSIAN, List.of(winter, summer));

        Calendar calendar = parse(writer.write(feed));

        assertThat(ZonedDateTime.from(event(calendar, "w@stepahead.org")
                                .getStartDate()
                                .orElseThrow()
                                .getDate())
                        .toInstant())
                .isEqualTo(Instant.parse("2021-02-01T09:00:00Z"));
        assertThat(ZonedDateTime.from(event(calendar, "s@stepahead.org")
                                .getStartDate()
                                .orElseThrow()
                                .getDate())
                        .toInstant())
                .isEqualTo(Instant.parse("2021-07-01T08:00:00Z"));
    }

    @Test
    void givenMoscowIn2020_write_givesUtcPlusThreeNotTheStaleUtcPlusFourOfBundledDefinitions() throws Exception {
        String text = unfolded(writer.write(feed(MEETING)));

        assertThat(text).contains("TZOFFSETTO:+0300").doesNotContain("TZOFFSETTO:+0400");
    }

    @Test
    void givenRussianText_write_foldsAndEscapesItAndTheParserGivesItBackWhole() throws Exception {
        String text = writer.write(feed(MEETING));
        VEvent meeting = event(parse(text), MEETING.uid());

        assertThat(text.lines())
                .allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
        assertThat(unfolded(text)).contains("LOCATION:Лицей №21\\, актовый зал\\, ул. Советская\\, 1");
        assertThat(value(meeting, "SUMMARY")).isEqualTo(LONG_TITLE);
        assertThat(value(meeting, "LOCATION")).isEqualTo("Лицей №21, актовый зал, ул. Советская, 1");
        assertThat(value(meeting, "DESCRIPTION"))
                .isEqualTo("Программа: Программа «Шаг вперёд»\nЭтап: Организационный\nФорма: заседание\n"
                        + "Ответственные: МАОУ «Лицей» №21\nВедущие: Иванова И. И.");
    }

    @Test
    void givenEnglish_write_labelsTheDescriptionInEnglish() throws Exception {
        CalendarFeed feed = new CalendarFeed("Club", MOSCOW, STAMP, Locale.ENGLISH, List.of(MEETING));

        assertThat(value(event(parse(writer.write(feed)), MEETING.uid()), "DESCRIPTION"))
                .startsWith("Program: Программа «Шаг вперёд»\nStage: Организационный\nForm: заседание");
    }

    @Test
    void givenAnAllDayEntry_write_givesADateWithoutTime() throws Exception {
        String text = writer.write(feed(CANCELLED_DAY));
        VEvent day = event(parse(text), CANCELLED_DAY.uid());

        assertThat(unfolded(text)).contains("DTSTART;VALUE=DATE:20201103");
        assertThat(day.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2020, 11, 3));
        assertThat(day.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2020, 11, 4));
        assertThat(value(day, "STATUS")).isEqualTo("CANCELLED");
        assertThat(day.getProperty("DESCRIPTION")).isEmpty();
    }

    @Test
    void givenTheThirdMondayOfEachMonth_write_givesAnRruleThatExpandsToTheThirdMondays() throws Exception {
        String text = writer.write(feed(THIRD_MONDAYS));
        VEvent series = event(parse(text), THIRD_MONDAYS.uid());

        assertThat(value(series, "RRULE")).isEqualTo("FREQ=MONTHLY;UNTIL=20201231;BYDAY=3MO");
        LocalDate first = (LocalDate) series.getStartDate().orElseThrow().getDate();
        assertThat(first).isEqualTo(LocalDate.of(2020, 9, 21));
        RRule<LocalDate> rule = series.<RRule<LocalDate>>getProperty("RRULE").orElseThrow();
        assertThat(rule.getRecur().getDates(first, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 1)))
                .containsExactly(
                        LocalDate.of(2020, 9, 21),
                        LocalDate.of(2020, 10, 19),
                        LocalDate.of(2020, 11, 16),
                        LocalDate.of(2020, 12, 21));
        assertThat(value(series, "EXDATE")).isEqualTo("20201019");
        assertThat(expanded(series)).containsExactlyElementsOf(THIRD_MONDAYS.days());
    }

    /** The days an all-day VEVENT stands for, as ical4j expands it (DTSTART, RRULE, RDATE, minus EXDATE). */
    static List<LocalDate> expanded(VEvent event) {
        net.fortuna.ical4j.model.Period<LocalDate> years =
                new net.fortuna.ical4j.model.Period<>(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        return event.<LocalDate>calculateRecurrenceSet(years).stream()
                .map(net.fortuna.ical4j.model.Period::getStart)
                .sorted()
                .toList();
    }

    @Test
    void givenTwiceAMonthWithAHolidayMoved_write_expandsToExactlyTheDays_withExdateAndRdate() throws Exception {
        List<LocalDate> days = List.of(
                LocalDate.of(2020, 9, 1),
                LocalDate.of(2020, 9, 15),
                LocalDate.of(2020, 10, 2),
                LocalDate.of(2020, 10, 15));
        Entry twice = new Entry(
                "a@stepahead.org",
                "Консультации",
                Details.NONE,
                null,
                LocalDate.of(2020, 9, 1),
                null,
                null,
                false,
                new Recurrence(
                        Frequency.MONTHLY,
                        1,
                        CalendarFeedFixtures.workingDays(),
                        List.of(),
                        List.of(1, 11),
                        LocalDate.of(2020, 10, 31)),
                days);

        String text = unfolded(writer.write(feed(twice)));
        VEvent series = event(parse(text), "a@stepahead.org");

        assertThat(value(series, "RRULE")).isEqualTo("FREQ=MONTHLY;UNTIL=20201031;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,11");
        assertThat(text).contains("EXDATE;VALUE=DATE:20201001", "RDATE;VALUE=DATE:20201002");
        assertThat(expanded(series)).containsExactlyElementsOf(days);
    }

    @Test
    void givenDaysWithoutARule_write_givesTheFirstDayAndTheOthersAsRdates() throws Exception {
        List<LocalDate> days = List.of(LocalDate.of(2020, 10, 5), LocalDate.of(2020, 11, 9), LocalDate.of(2020, 12, 7));
        Entry months = new Entry(
                "m@stepahead.org",
                "Семинары",
                Details.NONE,
                null,
                LocalDate.of(2020, 9, 1),
                null,
                null,
                false,
                null,
                days);

        VEvent series = event(parse(writer.write(feed(months))), "m@stepahead.org");

        assertThat(value(series, "RRULE")).isNull();
        assertThat(value(series, "DTSTART")).isEqualTo("20201005");
        assertThat(expanded(series)).containsExactlyElementsOf(days);
    }

    @Test
    void givenARuleWithNoDayInItsPeriod_write_givesTheDaysThemselves() throws Exception {
        Entry aprilOnly = new Entry(
                "q@stepahead.org",
                "Раз в четверть",
                Details.NONE,
                null,
                LocalDate.of(2020, 9, 1),
                null,
                null,
                false,
                new Recurrence(
                        Frequency.MONTHLY,
                        1,
                        CalendarFeedFixtures.workingDays(),
                        List.of(4),
                        List.of(1),
                        LocalDate.of(2020, 12, 31)),
                List.of(LocalDate.of(2020, 11, 2)));

        VEvent series = event(parse(writer.write(feed(aprilOnly, MEETING))), "q@stepahead.org");

        assertThat(value(series, "RRULE")).isNull();
        assertThat(expanded(series)).containsExactly(LocalDate.of(2020, 11, 2));
    }

    @Test
    void givenTheSameFeed_write_isTheSameText() {
        assertThat(writer.write(feed(MEETING, THIRD_MONDAYS))).isEqualTo(writer.write(feed(MEETING, THIRD_MONDAYS)));
    }

    @Test
    void theWriter_isRegisteredForTheServiceLoader() {
        assertThat(CalendarWriter.find()).isInstanceOf(Ical4jCalendarWriter.class);
    }

    @Test
    void givenNoEntries_write_stillGivesACalendarThatParses() throws Exception {
        Calendar calendar = parse(writer.write(feed()));

        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(calendar.validate().hasErrors()).isFalse();
    }
}
