package org.stepahead.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsCommand.NonWorkingDays;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.GenerationReport.GeneratedEvent;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.AggregateTestData;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.DayOff;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventScheduled;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Occurrences;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

class GenerateEventsServiceTest {

    private final EventRepository events = mock(EventRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
    private final GenerateEventsService service =
            new GenerateEventsService(new UseCaseRunner(uow, publisher), events, programs, communities);
    private final PreviewEventsService previewEvents =
            new PreviewEventsService(new UseCaseRunner(uow, publisher), events, programs, communities);

    private final StageId autumn = StageId.random();
    private final StageId winter = StageId.random();
    private final ActivityId thirdMonday = ActivityId.random();
    private final ActivityId onRequest = ActivityId.random();
    private final ActivityId january = ActivityId.random();
    private Program program;

    @BeforeEach
    void givenAProgramWithActivitiesInTwoStages() {
        Program p = draftProgram(community(AggregateTestData.MOSCOW).getId());
        p.addStage(
                autumn,
                "Организационный",
                StageKind.ORGANIZATIONAL,
                Period.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 31)),
                null);
        p.addStage(
                winter,
                "Внедренческий",
                StageKind.IMPLEMENTATION,
                Period.of(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 5, 31)),
                null);
        p.planActivity(
                thirdMonday,
                activity(
                        "Заседание клуба",
                        autumn,
                        new Schedule.NthWeekdayOfMonth(3, DayOfWeek.MONDAY, "каждый 3-тий понедельник месяца")));
        p.planActivity(onRequest, activity("Консультации", autumn, new Schedule.OnRequest("ОО", "по запросу ОО")));
        p.planActivity(
                january,
                activity("Семинар", winter, new Schedule.InMonth(java.time.YearMonth.of(2024, 1), "январь 2024 г.")));
        program = stored(p);
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));
        when(events.findByProgram(program.getId())).thenReturn(List.of());
    }

    private static Activity.Details activity(String title, StageId stage, Schedule schedule) {
        return new Activity.Details(
                null, title, null, null, stage, List.of(Form.MEETING), schedule, List.of(), List.of());
    }

    private List<Event> saved(int count) {
        ArgumentCaptor<Event> saved = ArgumentCaptor.forClass(Event.class);
        verify(events, times(count)).save(saved.capture());
        return saved.getAllValues();
    }

    @Test
    void givenTheCommunitysOwnDaysOff_generate_schedulesNothingOnThem() {
        Community community = community(AggregateTestData.MOSCOW);
        community.addDaysOff(
                new DayOff(Period.of(LocalDate.of(2023, 10, 16), LocalDate.of(2023, 10, 20)), "карантин в районе"));
        when(communities.findById(program.communityId())).thenReturn(Optional.of(community));

        service.generate(new GenerateEventsCommand(program.getId(), autumn, null, null));

        assertThat(saved(1)).extracting(Event::date).containsExactly(LocalDate.of(2023, 9, 18));
    }

    @Test
    void givenAStage_generate_savesAnEventPerOccurrenceOfItsActivitiesAndReportsThem() {
        GenerationReport report = service.generate(new GenerateEventsCommand(program.getId(), autumn, null, null));

        List<Event> saved = saved(2);
        assertThat(saved)
                .extracting(Event::date)
                .containsExactly(LocalDate.of(2023, 9, 18), LocalDate.of(2023, 10, 16));
        assertThat(saved)
                .allMatch(e ->
                        e.activityId().equals(thirdMonday) && e.occurrence().equals(e.date()));
        assertThat(report.created())
                .containsExactly(
                        new GeneratedEvent(
                                saved.get(0).getId(),
                                thirdMonday,
                                "Заседание клуба",
                                LocalDate.of(2023, 9, 18),
                                LocalDate.of(2023, 9, 18)),
                        new GeneratedEvent(
                                saved.get(1).getId(),
                                thirdMonday,
                                "Заседание клуба",
                                LocalDate.of(2023, 10, 16),
                                LocalDate.of(2023, 10, 16)));
        assertThat(report.existing()).isEmpty();
        assertThat(report.activities())
                .extracting(ActivityOccurrences::activityId, ActivityOccurrences::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(thirdMonday, Occurrences.Status.DATED),
                        org.assertj.core.groups.Tuple.tuple(onRequest, Occurrences.Status.ON_REQUEST));
        verify(publisher)
                .publish(List.of(
                        new EventScheduled(saved.get(0).getId(), program.communityId(), LocalDate.of(2023, 9, 18)),
                        new EventScheduled(saved.get(1).getId(), program.communityId(), LocalDate.of(2023, 10, 16))));
        assertThat(uow.commits()).isEqualTo(1);
    }

    @Test
    void givenTheEventsOfAnEarlierRun_generateAgain_savesNothingAndReportsThemAsExisting() {
        service.generate(new GenerateEventsCommand(program.getId(), null, null, null));
        List<Event> first = saved(3);
        when(events.findByProgram(program.getId())).thenReturn(first);

        GenerationReport again = service.generate(new GenerateEventsCommand(program.getId(), null, null, null));

        saved(3);
        assertThat(again.created()).isEmpty();
        assertThat(again.existing())
                .extracting(GeneratedEvent::eventId)
                .containsExactlyInAnyOrderElementsOf(
                        first.stream().map(Event::getId).toList());
    }

    @Test
    void givenExtraDaysOff_generate_movesTheMonthsOccurrencePastThem() {
        GenerationReport report = service.generate(new GenerateEventsCommand(
                program.getId(),
                null,
                january,
                List.of(new NonWorkingDays(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 12)))));

        assertThat(report.created()).extracting(GeneratedEvent::date).containsExactly(LocalDate.of(2024, 1, 15));
    }

    @Test
    void givenAnActivityOfAnotherStage_generate_isNotFoundAndSavesNothing() {
        assertThatThrownBy(() -> service.generate(new GenerateEventsCommand(program.getId(), autumn, january, null)))
                .isInstanceOf(NotFound.class);
        verify(events, never()).save(any());
    }

    @Test
    void givenAnUnknownProgramOrStage_generate_isNotFound() {
        assertThatThrownBy(() -> service.generate(new GenerateEventsCommand(ProgramId.random(), null, null, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() ->
                        service.generate(new GenerateEventsCommand(program.getId(), StageId.random(), null, null)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void givenDaysOffEndingBeforeTheyStart_generate_isRefused() {
        assertThatThrownBy(() -> service.generate(new GenerateEventsCommand(
                        program.getId(),
                        null,
                        null,
                        List.of(new NonWorkingDays(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 9))))))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("period.endBeforeStart"));
    }

    @Test
    void givenNoProgram_generate_refusesNamingProgramId() {
        assertThatThrownBy(() -> service.generate(new GenerateEventsCommand(null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("programId"));
    }

    @Test
    void givenAProgram_preview_givesTheOccurrencesAndSavesNothing() {
        List<ActivityOccurrences> preview =
                previewEvents.preview(new GenerateEventsCommand(program.getId(), null, null, null));

        assertThat(preview)
                .extracting(ActivityOccurrences::dates)
                .containsExactly(
                        List.of(LocalDate.of(2023, 9, 18), LocalDate.of(2023, 10, 16)),
                        List.of(),
                        List.of(LocalDate.of(2024, 1, 9)));
        assertThat(preview.get(1).statusText()).isEqualTo("по запросу — без дат");
        assertThat(preview.get(0).scheduleText()).isEqualTo("каждый 3-тий понедельник месяца");
        verify(events, never()).save(any());
    }
}
