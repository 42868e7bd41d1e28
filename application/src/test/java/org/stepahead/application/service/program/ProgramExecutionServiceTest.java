package org.stepahead.application.service.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.KRASNOYARSK;
import static org.stepahead.application.service.AggregateTestData.clockAt;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultCommand.EvidenceInput;
import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.program.Assessment;
import org.stepahead.domain.program.Evidence;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.Measurement;
import org.stepahead.domain.program.MeasurementRecorded;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramCompleted;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.ResultAssessed;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageClosed;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.program.StageStarted;
import org.stepahead.domain.program.StageStatus;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;

class ProgramExecutionServiceTest {

    /** 21:00 on 31 August in Moscow, already 1 September in Krasnoyarsk. */
    private static final Instant EVENING_OF_31_AUGUST_UTC = Instant.parse("2023-08-31T18:00:00Z");

    private static final LocalDate FIRST_OF_SEPTEMBER = LocalDate.of(2023, 9, 1);

    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private RecordingUnitOfWork uow = RecordingUnitOfWork.committing();

    private final Community community = community(KRASNOYARSK);
    private final StageId autumn = StageId.random();
    private final StageId spring = StageId.random();
    private final ExpectedResultId guide = ExpectedResultId.random();
    private final IndicatorId share = IndicatorId.random();

    ProgramExecutionServiceTest() {
        when(communities.findById(community.getId())).thenReturn(Optional.of(community));
    }

    private StartStageService startStage() {
        return new StartStageService(
                new UseCaseRunner(uow, publisher), programs, communities, clockAt(EVENING_OF_31_AUGUST_UTC));
    }

    private CloseStageService closeStage() {
        return new CloseStageService(
                new UseCaseRunner(uow, publisher), programs, communities, clockAt(EVENING_OF_31_AUGUST_UTC));
    }

    private RecordMeasurementService recordMeasurement() {
        return new RecordMeasurementService(
                new UseCaseRunner(uow, publisher), programs, communities, clockAt(EVENING_OF_31_AUGUST_UTC));
    }

    private AssessResultService assessResult() {
        return new AssessResultService(
                new UseCaseRunner(uow, publisher), programs, communities, clockAt(EVENING_OF_31_AUGUST_UTC));
    }

    /** An approved program with an autumn and a spring stage; the autumn stage promises a guide (a product). */
    private Program approvedProgram() {
        Program program = draftProgram(community.getId());
        program.addStage(
                autumn,
                "Осенний",
                StageKind.ORGANIZATIONAL,
                Period.ofMonths(YearMonth.of(2023, 9), YearMonth.of(2023, 12)),
                null);
        program.addStage(
                spring,
                "Весенний",
                StageKind.RESULTATIVE,
                Period.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 5)),
                null);
        program.addExpectedResult(guide, "Методическое пособие", null, ResultKind.PRODUCT, autumn);
        program.addIndicator(
                share,
                "Доля педагогов",
                "%",
                new BigDecimal("10"),
                new BigDecimal("40"),
                IndicatorDirection.HIGHER_IS_BETTER);
        program.approve(new Approval(new Official("Директор", null), LocalDate.of(2023, 6, 14), null, List.of()));
        return program;
    }

    private Program known(Program p) {
        Program stored = stored(p, 3);
        when(programs.findById(stored.getId())).thenReturn(Optional.of(stored));
        return stored;
    }

    private Program saved() {
        ArgumentCaptor<Program> saved = ArgumentCaptor.forClass(Program.class);
        verify(programs).save(saved.capture());
        return saved.getValue();
    }

    private void assertNothingSavedOrPublished() {
        verify(programs, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenApprovedProgram_startStageWithoutDay_startsItOnTheCommunitysToday() {
        Program program = known(approvedProgram());

        startStage().startStage(new StartStageCommand(program.getId(), autumn, null, 3L));

        Program saved = saved();
        assertThat(saved.stage(autumn).status()).isEqualTo(StageStatus.ACTIVE);
        assertThat(saved.stage(autumn).startedOn()).isEqualTo(FIRST_OF_SEPTEMBER);
        verify(publisher).publish(List.of(new StageStarted(program.getId(), autumn, FIRST_OF_SEPTEMBER)));
    }

    @Test
    void givenDraftProgram_startStage_refusesNotApprovedAndSavesNothing() {
        Program draft = draftProgram(community.getId());
        draft.addStage(
                autumn,
                "Осенний",
                StageKind.ORGANIZATIONAL,
                Period.ofMonths(YearMonth.of(2023, 9), YearMonth.of(2023, 12)),
                null);
        Program program = known(draft);

        assertThatThrownBy(() -> startStage().startStage(new StartStageCommand(program.getId(), autumn, null, null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("program.notApproved"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenLaterStageBeforeTheEarlierIsClosed_startStage_refuses() {
        Program program = known(approvedProgram());

        assertThatThrownBy(() -> startStage().startStage(new StartStageCommand(program.getId(), spring, null, null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("stage.earlierNotClosed"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenStaleExpectedVersion_startStage_throwsConflictAndSavesNothing() {
        Program program = known(approvedProgram());

        assertThatThrownBy(() -> startStage().startStage(new StartStageCommand(program.getId(), autumn, null, 2L)))
                .isInstanceOf(ConflictException.class);
        assertNothingSavedOrPublished();
    }

    @Test
    void givenUnknownProgram_startStage_throwsNotFound() {
        ProgramId unknown = ProgramId.random();
        when(programs.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> startStage().startStage(new StartStageCommand(unknown, autumn, null, null)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()).containsExactly("program", unknown.toString()));
    }

    @Test
    void givenActiveStageWithUnassessedResult_closeStage_refusesAndSavesNothing() {
        Program program = approvedProgram();
        program.startStage(autumn, FIRST_OF_SEPTEMBER);
        Program stored = known(program);

        assertThatThrownBy(() -> closeStage()
                        .closeStage(new CloseStageCommand(stored.getId(), autumn, LocalDate.of(2023, 12, 29), null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("stage.unassessedResults"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenLastStageActive_closeStage_completesTheProgram() {
        Program program = approvedProgram();
        program.startStage(autumn, FIRST_OF_SEPTEMBER);
        program.assessResult(guide, new Assessment(Outcome.NOT_ACHIEVED, LocalDate.of(2023, 12, 20), null, List.of()));
        program.closeStage(autumn, LocalDate.of(2023, 12, 29));
        program.startStage(spring, LocalDate.of(2024, 1, 9));
        Program stored = known(program);

        closeStage().closeStage(new CloseStageCommand(stored.getId(), spring, LocalDate.of(2024, 5, 31), 3L));

        Program saved = saved();
        assertThat(saved.status()).isEqualTo(ProgramStatus.COMPLETED);
        assertThat(saved.stage(spring).closedOn()).isEqualTo(LocalDate.of(2024, 5, 31));
        verify(publisher)
                .publish(List.of(
                        new StageClosed(stored.getId(), spring, LocalDate.of(2024, 5, 31)),
                        new ProgramCompleted(stored.getId(), LocalDate.of(2024, 5, 31))));
    }

    @Test
    void givenProductAchievedWithoutEvidence_assess_refusesAndSavesNothing() {
        Program program = approvedProgram();
        program.startStage(autumn, FIRST_OF_SEPTEMBER);
        Program stored = known(program);

        assertThatThrownBy(() -> assessResult()
                        .assess(new AssessResultCommand(
                                stored.getId(), guide, Outcome.ACHIEVED, null, null, List.of(), null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("result.productNeedsEvidence"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenProductAchievedWithEvidence_assess_savesTheAssessmentDatedTheCommunitysToday() {
        Program program = approvedProgram();
        program.startStage(autumn, FIRST_OF_SEPTEMBER);
        Program stored = known(program);

        assessResult()
                .assess(new AssessResultCommand(
                        stored.getId(),
                        guide,
                        Outcome.ACHIEVED,
                        null,
                        "выпущено",
                        List.of(new EvidenceInput(EvidenceKind.MATERIAL, "Пособие", "https://example.org/guide.pdf")),
                        3L));

        assertThat(saved().result(guide).assessment())
                .isEqualTo(new Assessment(
                        Outcome.ACHIEVED,
                        FIRST_OF_SEPTEMBER,
                        "выпущено",
                        List.of(new Evidence(EvidenceKind.MATERIAL, "Пособие", "https://example.org/guide.pdf"))));
        verify(publisher).publish(List.of(new ResultAssessed(stored.getId(), guide, Outcome.ACHIEVED)));
    }

    @Test
    void givenBlankEvidenceDescription_assess_refusesNamingTheNestedField() {
        assertThatThrownBy(() -> assessResult()
                        .assess(new AssessResultCommand(
                                ProgramId.random(),
                                guide,
                                Outcome.ACHIEVED,
                                null,
                                null,
                                List.of(new EvidenceInput(EvidenceKind.DOCUMENT, "", null)),
                                null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("evidence[0].description", "поле не должно быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly("evidence[0].description: must not be blank");
                });
        verifyNoInteractions(programs, publisher);
    }

    @Test
    void givenDayInsideTheProgram_record_savesTheMeasurement() {
        Program stored = known(approvedProgram());
        Measurement measurement = new Measurement(LocalDate.of(2023, 12, 25), new BigDecimal("25"), "полугодие");

        recordMeasurement()
                .record(new RecordMeasurementCommand(
                        stored.getId(), share, LocalDate.of(2023, 12, 25), new BigDecimal("25"), "полугодие", 3L));

        assertThat(saved().indicator(share).measurements()).containsExactly(measurement);
        verify(publisher).publish(List.of(new MeasurementRecorded(stored.getId(), share, measurement)));
    }

    @Test
    void givenDayOutsideTheProgram_record_refusesAndSavesNothing() {
        Program stored = known(approvedProgram());

        assertThatThrownBy(() -> recordMeasurement()
                        .record(new RecordMeasurementCommand(
                                stored.getId(), share, LocalDate.of(2024, 6, 1), BigDecimal.ONE, null, null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("measurement.outsideProgram"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenNoValue_record_refusesNamingValue() {
        assertThatThrownBy(() -> recordMeasurement()
                        .record(new RecordMeasurementCommand(
                                ProgramId.random(), share, LocalDate.of(2023, 12, 25), null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(tuple("value", "обязательное поле не заполнено")));
        verifyNoInteractions(programs);
    }

    @Test
    void givenCommitFails_startStage_publishesNothing() {
        uow = RecordingUnitOfWork.failingOnCommit();
        Program program = known(approvedProgram());

        assertThatThrownBy(() -> startStage().startStage(new StartStageCommand(program.getId(), autumn, null, null)))
                .isInstanceOf(StorageUnavailableException.class);

        verify(programs).save(any());
        verifyNoInteractions(publisher);
    }
}
