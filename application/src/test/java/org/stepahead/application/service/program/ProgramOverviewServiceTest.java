package org.stepahead.application.service.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.KRASNOYARSK;
import static org.stepahead.application.service.AggregateTestData.SCHOOL_YEAR;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.IndicatorView;
import org.stepahead.application.port.in.program.ProgramOverview.ResultView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.program.Assessment;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.Evidence;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.Measurement;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.program.StageStatus;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;

class ProgramOverviewServiceTest {

    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
    private final GetProgramOverviewService programOverview =
            new GetProgramOverviewService(new UseCaseRunner(uow, publisher), programs, communities);
    private final ListProgramsService listPrograms =
            new ListProgramsService(new UseCaseRunner(uow, publisher), programs, communities);

    private final Community community = community(KRASNOYARSK);
    private final StageId autumn = StageId.random();
    private final StageId spring = StageId.random();
    private final DirectionId methods = DirectionId.random();
    private final ActivityId seminar = ActivityId.random();
    private final ActivityId conference = ActivityId.random();
    private final ActivityId consultations = ActivityId.random();
    private final ExpectedResultId guide = ExpectedResultId.random();
    private final ExpectedResultId growth = ExpectedResultId.random();
    private final IndicatorId share = IndicatorId.random();
    private final IndicatorId complaints = IndicatorId.random();

    ProgramOverviewServiceTest() {
        when(communities.findById(community.getId())).thenReturn(Optional.of(community));
    }

    private static Activity.Details activity(String number, String title, DirectionId direction, StageId stage) {
        return new Activity.Details(
                number, title, null, direction, stage, List.of(Form.SEMINAR), null, List.of(), List.of());
    }

    /** An approved program whose spring stage was planned before its autumn one, running its autumn stage. */
    private Program runningProgram() {
        Program program = draftProgram(community.getId());
        program.addStage(
                spring,
                "Весенний",
                StageKind.RESULTATIVE,
                Period.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 5)),
                null);
        program.addStage(
                autumn,
                "Осенний",
                StageKind.ORGANIZATIONAL,
                Period.ofMonths(YearMonth.of(2023, 9), YearMonth.of(2023, 12)),
                "Запуск");
        program.addDirection(methods, "1", "Методическая работа");
        program.planActivity(seminar, activity("1.1", "Семинар", methods, autumn));
        program.planActivity(conference, activity("1.2", "Конференция", null, spring));
        program.planActivity(consultations, activity("2.1", "Консультации", null, null));
        program.addExpectedResult(guide, "Методическое пособие", null, ResultKind.PRODUCT, autumn);
        program.addExpectedResult(growth, "Рост компетенций", null, ResultKind.EFFECT, null);
        program.addIndicator(
                share,
                "Доля педагогов",
                "%",
                new BigDecimal("10"),
                new BigDecimal("20"),
                IndicatorDirection.HIGHER_IS_BETTER);
        program.addIndicator(complaints, "Число жалоб", null, null, null, IndicatorDirection.LOWER_IS_BETTER);
        program.approve(new Approval(
                new Official("Директор", "Е.Н. Филатова"), LocalDate.of(2023, 6, 14),
                new DocumentRef("Приказ", "288/п", LocalDate.of(2023, 6, 14)),
                        List.of(new Official("Методист", null))));
        program.startStage(autumn, LocalDate.of(2023, 9, 1));
        program.assessResult(
                guide,
                new Assessment(
                        Outcome.ACHIEVED,
                        LocalDate.of(2023, 12, 1),
                        "выпущено",
                        List.of(new Evidence(EvidenceKind.MATERIAL, "Пособие", "guide.pdf"))));
        program.recordMeasurement(share, new Measurement(LocalDate.of(2023, 12, 25), new BigDecimal("15"), null));
        return stored(program, 9);
    }

    @Test
    void givenRunningProgram_overview_mapsStagesInOrderWithTheirActivitiesAndResults() {
        Program program = runningProgram();
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));

        ProgramOverview overview = programOverview.overview(program.getId());

        assertThat(overview.version()).isEqualTo(9);
        assertThat(overview.communityName()).isEqualTo(community.name());
        assertThat(overview.status()).isEqualTo(ProgramStatus.APPROVED);
        assertThat(overview.tasks())
                .extracting(ProgramOverview.TaskView::number, ProgramOverview.TaskView::text)
                .containsExactly(tuple(1, "Организовать сопровождение"), tuple(2, "Провести мониторинг"));
        assertThat(overview.periodStart()).isEqualTo(SCHOOL_YEAR.start());
        assertThat(overview.stages())
                .extracting(StageView::number, StageView::name, StageView::status, StageView::startedOn)
                .containsExactly(
                        tuple(1, "Осенний", StageStatus.ACTIVE, LocalDate.of(2023, 9, 1)),
                        tuple(2, "Весенний", StageStatus.PLANNED, null));
        StageView first = overview.stages().get(0);
        assertThat(first.description()).isEqualTo("Запуск");
        assertThat(first.activities())
                .extracting(ActivityView::id, ActivityView::number, ActivityView::directionTitle, ActivityView::forms)
                .containsExactly(tuple(seminar, "1.1", "Методическая работа", List.of(Form.SEMINAR)));
        assertThat(first.results())
                .containsExactly(new ResultView(
                        guide,
                        "Методическое пособие",
                        null,
                        ResultKind.PRODUCT,
                        autumn,
                        Outcome.ACHIEVED,
                        LocalDate.of(2023, 12, 1),
                        "выпущено",
                        List.of(new ProgramOverview.EvidenceView(EvidenceKind.MATERIAL, "Пособие", "guide.pdf"))));
        StageView second = overview.stages().get(1);
        assertThat(second.activities())
                .extracting(ActivityView::id, ActivityView::directionTitle)
                .containsExactly(tuple(conference, null));
        assertThat(second.results()).isEmpty();
    }

    @Test
    void givenActivitiesAndResultsWithoutStage_overview_listsThemSeparately() {
        Program program = runningProgram();
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));

        ProgramOverview overview = programOverview.overview(program.getId());

        assertThat(overview.activitiesWithoutStage())
                .extracting(ActivityView::id)
                .containsExactly(consultations);
        assertThat(overview.resultsWithoutStage())
                .extracting(ResultView::id, ResultView::outcome, ResultView::evidence)
                .containsExactly(tuple(growth, null, List.of()));
        assertThat(overview.directions())
                .containsExactly(new ProgramOverview.DirectionView(methods, "1", "Методическая работа"));
    }

    @Test
    void givenMeasuredAndUnmeasuredIndicators_overview_mapsTheirProgress() {
        Program program = runningProgram();
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));

        ProgramOverview overview = programOverview.overview(program.getId());

        IndicatorView measured = overview.indicators().get(0);
        assertThat(measured.id()).isEqualTo(share);
        assertThat(measured.measurements())
                .containsExactly(
                        new ProgramOverview.MeasurementView(LocalDate.of(2023, 12, 25), new BigDecimal("15"), null));
        assertThat(measured.latest()).isEqualByComparingTo("15");
        assertThat(measured.progress()).isEqualByComparingTo("0.5");
        assertThat(measured.achieved()).isFalse();
        IndicatorView unmeasured = overview.indicators().get(1);
        assertThat(unmeasured.id()).isEqualTo(complaints);
        assertThat(unmeasured.latest()).isNull();
        assertThat(unmeasured.progress()).isNull();
        assertThat(unmeasured.achieved()).isFalse();
    }

    @Test
    void givenAMeasuredIndicatorWithoutATarget_overview_givesItsLatestValue_butNoProgress() {
        Program program = runningProgram();
        program.recordMeasurement(complaints, new Measurement(LocalDate.of(2024, 1, 15), new BigDecimal("3"), null));
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));

        IndicatorView complaintsView =
                programOverview.overview(program.getId()).indicators().get(1);

        assertThat(complaintsView.latest()).isEqualByComparingTo("3");
        assertThat(complaintsView.progress()).isNull();
        assertThat(complaintsView.achieved()).isFalse();
    }

    @Test
    void givenApprovedProgram_overview_mapsTheApproval() {
        Program program = runningProgram();
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));

        assertThat(programOverview.overview(program.getId()).approval())
                .isEqualTo(new ProgramOverview.ApprovalView(
                        "Директор",
                        "Е.Н. Филатова",
                        LocalDate.of(2023, 6, 14),
                        "Приказ",
                        "288/п",
                        LocalDate.of(2023, 6, 14),
                        List.of(new ProgramOverview.OfficialView("Методист", null))));
    }

    @Test
    void givenDraft_overview_hasNoApprovalAndNoStages() {
        Program draft = stored(draftProgram(community.getId()));
        when(programs.findById(draft.getId())).thenReturn(Optional.of(draft));

        ProgramOverview overview = programOverview.overview(draft.getId());

        assertThat(overview.approval()).isNull();
        assertThat(overview.stages()).isEmpty();
        assertThat(overview.indicators()).isEmpty();
    }

    @Test
    void givenUnknownProgram_overview_throwsNotFound() {
        ProgramId unknown = ProgramId.random();
        when(programs.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> programOverview.overview(unknown))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()).containsExactly("program", unknown.toString()));
    }

    @Test
    void givenProgramsOfACommunity_programsOf_sortsThemByStartThenTitleWithTheActiveStage() {
        Program running = runningProgram();
        Program laterDraft = stored(Program.draft(
                ProgramId.random(),
                community.getId(),
                ProgramKind.PROJECT,
                "Проект",
                null,
                null,
                null,
                Period.ofYear(2024)));
        Program sameStartDraft = stored(Program.draft(
                ProgramId.random(),
                community.getId(),
                ProgramKind.WORK_PLAN,
                "Ароматы",
                null,
                null,
                null,
                SCHOOL_YEAR));
        when(programs.findByCommunity(community.getId())).thenReturn(List.of(laterDraft, running, sameStartDraft));

        List<ProgramSummary> summaries = listPrograms.programsOf(community.getId());

        assertThat(summaries)
                .extracting(ProgramSummary::id, ProgramSummary::title, ProgramSummary::activeStage)
                .containsExactly(
                        tuple(sameStartDraft.getId(), "Ароматы", null),
                        tuple(running.getId(), "Программа развития клуба", "Осенний"),
                        tuple(laterDraft.getId(), "Проект", null));
    }

    @Test
    void givenUnknownCommunity_programsOf_throwsNotFoundWithoutListing() {
        CommunityId unknown = CommunityId.random();
        when(communities.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> listPrograms.programsOf(unknown))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments()).containsExactly("community", unknown.toString()));
        verify(programs, never()).findByCommunity(unknown);
    }
}
