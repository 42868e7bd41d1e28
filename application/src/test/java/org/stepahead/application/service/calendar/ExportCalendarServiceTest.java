package org.stepahead.application.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.MOSCOW;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.standaloneEvent;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.calendar.CalendarText;
import org.stepahead.application.port.out.CalendarFeed;
import org.stepahead.application.port.out.CalendarFeed.Entry;
import org.stepahead.application.port.out.CalendarFeed.Frequency;
import org.stepahead.application.port.out.CalendarFeed.Recurrence;
import org.stepahead.application.port.out.CalendarFeed.WeekdayRule;
import org.stepahead.application.port.out.CalendarWriter;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

class ExportCalendarServiceTest {

    static final Instant NOW = Instant.parse("2023-08-20T09:00:00Z");
    static final Period AUTUMN = Period.ofMonths(YearMonth.of(2023, 9), YearMonth.of(2023, 12));

    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final EventRepository events = mock(EventRepository.class);
    private final List<CalendarFeed> written = new ArrayList<>();
    private final CalendarWriter writer = feed -> {
        written.add(feed);
        return "BEGIN:VCALENDAR…" + feed.entries().size();
    };
    private final ExportCalendarService service = new ExportCalendarService(
            new UseCaseRunner(RecordingUnitOfWork.committing(), DomainEventPublisher.none()),
            communities,
            programs,
            events,
            ClockPort.of(java.time.Clock.fixed(NOW, ZoneOffset.UTC)),
            () -> writer);

    private final Community club = community(MOSCOW);
    private final StageId autumn = StageId.random();
    private final ActivityId methodDay = ActivityId.random();
    private final ActivityId seminar = ActivityId.random();
    private Program program;

    @BeforeEach
    void aProgramWithARecurringAndAOneOffActivity() {
        when(communities.findById(club.getId())).thenReturn(Optional.of(club));
        Program p = draftProgram(club.getId());
        p.addStage(autumn, "Осенний", StageKind.ORGANIZATIONAL, AUTUMN, null);
        p.planActivity(
                methodDay,
                new Activity.Details(
                        "1.1",
                        "Методический день",
                        null,
                        null,
                        autumn,
                        List.of(Form.SEMINAR),
                        new Schedule.NthWeekdayOfMonth(3, DayOfWeek.MONDAY, "каждый 3-тий понедельник месяца"),
                        List.of(Responsible.named("Петрова А. А."), Responsible.named("ММЦ")),
                        List.of()));
        p.planActivity(
                seminar,
                new Activity.Details(
                        "1.2",
                        "Установочный семинар",
                        null,
                        null,
                        autumn,
                        List.of(Form.SEMINAR),
                        new Schedule.InMonth(YearMonth.of(2023, 9), "сентябрь 2023 г."),
                        List.of(),
                        List.of()));
        program = stored(p);
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));
        when(events.findByProgram(any())).thenReturn(List.of());
    }

    private Event activityEvent(ActivityId activity, LocalDate day, LocalTime startsAt) {
        return stored(Event.fromActivity(
                EventId.random(),
                club.getId(),
                program.getId(),
                activity,
                AUTUMN,
                new Event.Details(
                        "Методический день: моделирование",
                        null,
                        day,
                        startsAt,
                        startsAt.plusHours(2),
                        "МБОУ СОШ №5, каб. 12",
                        List.of("Иванова И. И."))));
    }

    @Test
    void givenANthWeekdaySchedule_programFeed_givesAMonthlyRecurrenceStandingForItsOccurrences() {
        CalendarText text = service.programFeed(program.getId());

        assertThat(text.name()).isEqualTo("Программа развития клуба");
        assertThat(text.content()).isEqualTo("BEGIN:VCALENDAR…2");
        CalendarFeed feed = written.get(0);
        assertThat(feed.timeZone()).isEqualTo(MOSCOW);
        assertThat(feed.stamp()).isEqualTo(NOW);
        assertThat(feed.language()).isEqualTo(CalendarText.RUSSIAN);
        Entry series = entryOf(feed, methodDay.value() + "@stepahead.org");
        assertThat(series.summary()).isEqualTo("Методический день");
        assertThat(series.days())
                .containsExactly(
                        LocalDate.of(2023, 9, 18),
                        LocalDate.of(2023, 10, 16),
                        LocalDate.of(2023, 11, 20),
                        LocalDate.of(2023, 12, 18));
        assertThat(series.date()).isEqualTo(LocalDate.of(2023, 9, 18));
        assertThat(series.allDay()).isTrue();
        assertThat(series.recurrence())
                .isEqualTo(new Recurrence(
                        Frequency.MONTHLY,
                        1,
                        List.of(new WeekdayRule(3, DayOfWeek.MONDAY)),
                        List.of(),
                        List.of(),
                        LocalDate.of(2023, 12, 31)));
        assertThat(series.details().program()).isEqualTo("Программа развития клуба");
        assertThat(series.details().stage()).isEqualTo("Осенний");
        assertThat(series.details().forms()).containsExactly("семинар");
        assertThat(series.details().responsible()).containsExactly("Петрова А. А.", "ММЦ");
        assertThat(series.details().scheduleText()).isEqualTo("каждый 3-тий понедельник месяца");
    }

    @Test
    void givenAnEventOfTheRecurringActivity_programFeed_givesItItsOwnEntryAndTakesItsDayOutOfTheSeries() {
        Event held = activityEvent(methodDay, LocalDate.of(2023, 10, 16), LocalTime.of(15, 0));
        when(events.findByProgram(program.getId())).thenReturn(List.of(held));

        service.programFeed(program.getId());
        CalendarFeed feed = lastFeed();

        assertThat(feed.entries())
                .extracting(Entry::uid)
                .contains(methodDay.value() + "@stepahead.org", held.getId().value() + "@stepahead.org");
        assertThat(entryOf(feed, methodDay.value() + "@stepahead.org").days())
                .containsExactly(LocalDate.of(2023, 9, 18), LocalDate.of(2023, 11, 20), LocalDate.of(2023, 12, 18));
        Entry event = entryOf(feed, held.getId().value() + "@stepahead.org");
        assertThat(event.summary()).isEqualTo("Методический день: моделирование");
        assertThat(event.date()).isEqualTo(LocalDate.of(2023, 10, 16));
        assertThat(event.startsAt()).isEqualTo(LocalTime.of(15, 0));
        assertThat(event.endsAt()).isEqualTo(LocalTime.of(17, 0));
        assertThat(event.location()).isEqualTo("МБОУ СОШ №5, каб. 12");
        assertThat(event.recurrence()).isNull();
        assertThat(event.details().stage()).isEqualTo("Осенний");
        assertThat(event.details().forms()).containsExactly("семинар");
        assertThat(event.details().facilitators()).containsExactly("Иванова И. И.");
        assertThat(event.details().responsible()).containsExactly("Петрова А. А.", "ММЦ");
        verify(events).findByProgram(program.getId());
        verify(events, never()).findByActivity(any(), any());
    }

    private static Entry entryOf(CalendarFeed feed, String uid) {
        return feed.entries().stream()
                .filter(e -> e.uid().equals(uid))
                .findFirst()
                .orElseThrow();
    }

    /** The feed the service handed to the writer for the export just made. */
    private CalendarFeed lastFeed() {
        return written.get(written.size() - 1);
    }

    @Test
    void givenADraftProgram_communityFeed_leavesItsActivitiesOutButKeepsEveryEvent() {
        Event meeting = standaloneEvent(club.getId(), LocalDate.of(2023, 9, 5));
        when(programs.findByCommunity(club.getId())).thenReturn(List.of(program));
        when(events.findByCommunityBetween(eq(club.getId()), any(), any())).thenReturn(List.of(meeting));

        service.communityFeed(club.getId());
        CalendarFeed feed = lastFeed();

        assertThat(feed.name()).isEqualTo(club.name());
        assertThat(feed.entries())
                .extracting(Entry::uid)
                .containsExactly(meeting.getId().value() + "@stepahead.org");
        assertThat(feed.entries().get(0).details().forms()).containsExactly("заседание");
    }

    @Test
    void givenAnApprovedProgram_communityFeed_addsItsPlannedActivities() {
        program.approve(new Approval(new Official("Директор", null), LocalDate.of(2023, 8, 1), null, List.of()));
        when(programs.findByCommunity(club.getId())).thenReturn(List.of(program));
        when(events.findByCommunityBetween(eq(club.getId()), any(), any())).thenReturn(List.of());

        service.communityFeed(club.getId(), Locale.ENGLISH);
        CalendarFeed feed = lastFeed();

        assertThat(feed.language()).isEqualTo(Locale.ENGLISH);
        assertThat(feed.entries())
                .extracting(Entry::uid)
                .containsExactlyInAnyOrder(methodDay.value() + "@stepahead.org", seminar.value() + "@stepahead.org");
    }

    @Test
    void givenTheSameData_twoExports_giveTheSameFeed() {
        service.programFeed(program.getId());
        service.programFeed(program.getId());

        assertThat(written.get(1)).isEqualTo(written.get(0));
    }

    @Test
    void givenAnUnknownCommunityOrProgram_feeds_sayNotFound() {
        CommunityId nobody = CommunityId.random();
        when(communities.findById(nobody)).thenReturn(Optional.empty());
        ProgramId nothing = ProgramId.random();
        when(programs.findById(nothing)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.communityFeed(nobody)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.programFeed(nothing)).isInstanceOf(NotFound.class);
        assertThat(written).isEmpty();
    }
}
