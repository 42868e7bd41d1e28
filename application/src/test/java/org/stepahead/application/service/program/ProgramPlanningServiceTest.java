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
import static org.stepahead.application.service.AggregateTestData.EVENING_OF_13_JUNE_UTC;
import static org.stepahead.application.service.AggregateTestData.KRASNOYARSK;
import static org.stepahead.application.service.AggregateTestData.SCHOOL_YEAR;
import static org.stepahead.application.service.AggregateTestData.clockAt;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddExpectedResultCommand;
import org.stepahead.application.port.in.program.AddIndicatorCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand.OfficialInput;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.PlanStageCommand;
import org.stepahead.application.port.in.program.ResponsibleInput;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.ReviseStageCommand;
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
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResult;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.Indicator;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramApproved;
import org.stepahead.domain.program.ProgramDrafted;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.Stage;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.program.Task;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

class ProgramPlanningServiceTest {

    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
    private final UseCaseRunner runner = new UseCaseRunner(uow, publisher);
    private final DraftProgramService draftProgram = new DraftProgramService(runner, programs, communities);
    private final ReviseProgramService reviseProgram = new ReviseProgramService(runner, programs);
    private final PlanStageService planStage = new PlanStageService(runner, programs);
    private final ReviseStageService reviseStage = new ReviseStageService(runner, programs);
    private final AddDirectionService addDirection = new AddDirectionService(runner, programs);
    private final PlanActivityService planActivity = new PlanActivityService(runner, programs);
    private final AddExpectedResultService addExpectedResult = new AddExpectedResultService(runner, programs);
    private final AddIndicatorService addIndicator = new AddIndicatorService(runner, programs);
    private final ApproveProgramService approveProgram =
            new ApproveProgramService(runner, programs, communities, clockAt(EVENING_OF_13_JUNE_UTC));

    private final Community community = community(KRASNOYARSK);

    ProgramPlanningServiceTest() {
        when(communities.findById(community.getId())).thenReturn(Optional.of(community));
    }

    private Program known(Program p) {
        when(programs.findById(p.getId())).thenReturn(Optional.of(p));
        return p;
    }

    private Program storedDraft() {
        return known(stored(draftProgram(community.getId()), 2));
    }

    private Program storedDraftWithStage(StageId stageId) {
        Program draft = draftProgram(community.getId());
        draft.addStage(
                stageId,
                "Подготовительный",
                StageKind.PREPARATORY,
                Period.ofMonths(YearMonth.of(2023, 9), YearMonth.of(2023, 10)),
                null);
        return known(stored(draft, 2));
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

    // ---- draft and revise -----------------------------------------------------------------------------------------

    @Test
    void givenKnownCommunity_draft_savesTheDraftWithNumberedTasksAndReturnsItsId() {
        ProgramId id = draftProgram.draft(new DraftProgramCommand(
                community.getId(),
                ProgramKind.PROJECT,
                "Проект «Наставник»",
                "Введение",
                "Цель проекта",
                List.of("Первая задача", "Вторая задача"),
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2024, 5, 31)));

        Program program = saved();
        assertThat(program.getId()).isEqualTo(id);
        assertThat(program.communityId()).isEqualTo(community.getId());
        assertThat(program.kind()).isEqualTo(ProgramKind.PROJECT);
        assertThat(program.title()).isEqualTo("Проект «Наставник»");
        assertThat(program.summary()).isEqualTo("Введение");
        assertThat(program.goal()).isEqualTo("Цель проекта");
        assertThat(program.tasks()).containsExactly(new Task(1, "Первая задача"), new Task(2, "Вторая задача"));
        assertThat(program.period()).isEqualTo(SCHOOL_YEAR);
        assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT);
        verify(publisher).publish(List.of(new ProgramDrafted(id, community.getId(), "Проект «Наставник»")));
    }

    @Test
    void givenBlankTitleAndNoPeriodStart_draft_refusesNamingBothFields() {
        assertThatThrownBy(() -> draftProgram.draft(new DraftProgramCommand(
                        community.getId(),
                        ProgramKind.PROGRAM,
                        "",
                        null,
                        null,
                        List.of("  "),
                        null,
                        LocalDate.of(2024, 5, 31))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(
                                    tuple("periodStart", "обязательное поле не заполнено"),
                                    tuple("tasks[0].<list element>", "поле не должно быть пустым"),
                                    tuple("title", "поле не должно быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly(
                                    "periodStart: a value is required",
                                    "tasks[0].<list element>: must not be blank",
                                    "title: must not be blank");
                });
        verifyNoInteractions(communities);
        assertNothingSavedOrPublished();
    }

    @Test
    void givenPeriodEndingBeforeItStarts_draft_propagatesTheDomainRefusal() {
        DraftProgramCommand command = new DraftProgramCommand(
                community.getId(),
                ProgramKind.PROGRAM,
                "План",
                null,
                null,
                null,
                LocalDate.of(2024, 5, 31),
                LocalDate.of(2023, 9, 1));

        assertThatThrownBy(() -> draftProgram.draft(command))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("period.endBeforeStart"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenUnknownCommunity_draft_throwsNotFound() {
        CommunityId unknown = CommunityId.random();
        when(communities.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> draftProgram.draft(new DraftProgramCommand(
                        unknown,
                        ProgramKind.PROGRAM,
                        "План",
                        null,
                        null,
                        null,
                        SCHOOL_YEAR.start(),
                        SCHOOL_YEAR.end())))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments()).containsExactly("community", unknown.toString()));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenDraftAtExpectedVersion_revise_savesTheRewrittenProgram() {
        Program draft = storedDraft();

        reviseProgram.revise(new ReviseProgramCommand(
                draft.getId(),
                ProgramKind.WORK_PLAN,
                "План работы",
                null,
                "Новая цель",
                List.of("Задача"),
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 12, 31),
                2L));

        Program program = saved();
        assertThat(program.kind()).isEqualTo(ProgramKind.WORK_PLAN);
        assertThat(program.title()).isEqualTo("План работы");
        assertThat(program.goal()).isEqualTo("Новая цель");
        assertThat(program.tasks()).containsExactly(new Task(1, "Задача"));
        assertThat(program.period()).isEqualTo(Period.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31)));
    }

    @Test
    void givenStaleExpectedVersion_revise_throwsConflictAndSavesNothing() {
        Program draft = storedDraft();

        assertThatThrownBy(() -> reviseProgram.revise(new ReviseProgramCommand(
                        draft.getId(),
                        ProgramKind.PROGRAM,
                        "План",
                        null,
                        null,
                        null,
                        SCHOOL_YEAR.start(),
                        SCHOOL_YEAR.end(),
                        1L)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.aggregate()).isEqualTo("program");
                    assertThat(e.id()).isEqualTo(draft.getId().toString());
                });
        assertNothingSavedOrPublished();
    }

    // ---- stages, directions, activities, results, indicators ------------------------------------------------------

    @Test
    void givenDraft_addStage_savesTheStageUnderTheReturnedId() {
        Program draft = storedDraft();

        StageId id = planStage.addStage(new PlanStageCommand(
                draft.getId(),
                "Организационный",
                StageKind.ORGANIZATIONAL,
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 10, 31),
                "Создание рабочей группы",
                2L));

        Stage stage = saved().stage(id);
        assertThat(stage.name()).isEqualTo("Организационный");
        assertThat(stage.kind()).isEqualTo(StageKind.ORGANIZATIONAL);
        assertThat(stage.period()).isEqualTo(Period.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 31)));
        assertThat(stage.description()).isEqualTo("Создание рабочей группы");
    }

    @Test
    void givenStageOutsideTheProgramsPeriod_addStage_propagatesTheDomainRefusal() {
        Program draft = storedDraft();

        assertThatThrownBy(() -> planStage.addStage(new PlanStageCommand(
                        draft.getId(),
                        "Летний",
                        StageKind.ACTIVITY,
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2024, 8, 31),
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("stage.outsideProgram"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenNoPeriodEnd_addStage_refusesNamingPeriodEnd() {
        assertThatThrownBy(() -> planStage.addStage(new PlanStageCommand(
                        ProgramId.random(), "Этап", StageKind.ACTIVITY, LocalDate.of(2023, 9, 1), null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("periodEnd"));
        verifyNoInteractions(programs);
    }

    @Test
    void givenNoStageId_reviseStageCommand_cannotBeBuiltAndNamesStageId() {
        assertThatThrownBy(() -> new ReviseStageCommand(
                        ProgramId.random(),
                        null,
                        "Этап",
                        StageKind.ACTIVITY,
                        SCHOOL_YEAR.start(),
                        SCHOOL_YEAR.end(),
                        null,
                        null))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(tuple("stageId", "обязательное поле не заполнено")));
    }

    @Test
    void givenUnknownProgram_addDirection_throwsNotFound() {
        ProgramId unknown = ProgramId.random();
        when(programs.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() ->
                        addDirection.addDirection(new AddDirectionCommand(unknown, "1", "Методическая работа", null)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()).containsExactly("program", unknown.toString()));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenDraft_addDirection_savesItUnderTheReturnedId() {
        Program draft = storedDraft();

        DirectionId id = addDirection.addDirection(
                new AddDirectionCommand(draft.getId(), "III", "Экспертная деятельность", null));

        assertThat(saved().direction(id).title()).isEqualTo("Экспертная деятельность");
    }

    @Test
    void givenStageOfTheProgram_planActivity_savesTheActivityWithItsDetails() {
        StageId stageId = StageId.random();
        Program draft = storedDraftWithStage(stageId);
        Schedule schedule = new Schedule.Once(LocalDate.of(2023, 9, 15), true, "до 15 сентября");

        ActivityId id = planActivity.planActivity(new PlanActivityCommand(
                draft.getId(),
                "1.1",
                "Установочный семинар",
                null,
                null,
                stageId,
                List.of(Form.SEMINAR),
                schedule,
                List.of(ResponsibleInput.named("Филатова Е.Н.")),
                List.of(TutorFunction.MODELLING),
                2L));

        Activity activity = saved().activity(id);
        assertThat(activity.number()).isEqualTo("1.1");
        assertThat(activity.title()).isEqualTo("Установочный семинар");
        assertThat(activity.stageId()).isEqualTo(stageId);
        assertThat(activity.schedule()).isEqualTo(schedule);
        assertThat(activity.details().forms()).containsExactly(Form.SEMINAR);
        assertThat(activity.responsible()).containsExactly(Responsible.named("Филатова Е.Н."));
        assertThat(activity.details().tutorFunctions()).containsExactly(TutorFunction.MODELLING);
    }

    @Test
    void givenBlankResponsibleName_planActivityCommand_cannotBeBuiltAndNamesTheListElementsField() {
        assertThatThrownBy(() -> new PlanActivityCommand(
                        ProgramId.random(),
                        null,
                        "Семинар",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(ResponsibleInput.named(" ")),
                        null,
                        null))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(tuple("responsible[0].name", "поле не должно быть пустым")));
        verifyNoInteractions(programs, publisher);
    }

    @Test
    void givenUnknownStage_planActivity_throwsNotFound() {
        Program draft = storedDraft();

        assertThatThrownBy(() -> planActivity.planActivity(new PlanActivityCommand(
                        draft.getId(), null, "Семинар", null, null, StageId.random(), null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()[0]).isEqualTo("stage"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenStage_addExpectedResult_savesTheResultOfThatStage() {
        StageId stageId = StageId.random();
        Program draft = storedDraftWithStage(stageId);

        ExpectedResultId id = addExpectedResult.addExpectedResult(new AddExpectedResultCommand(
                draft.getId(), "Методические рекомендации", "сборник", ResultKind.PRODUCT, stageId, null));

        ExpectedResult result = saved().result(id);
        assertThat(result.text()).isEqualTo("Методические рекомендации");
        assertThat(result.kind()).isEqualTo(ResultKind.PRODUCT);
        assertThat(result.stageId()).isEqualTo(stageId);
        assertThat(result.isAssessed()).isFalse();
    }

    @Test
    void givenDraft_addIndicator_savesTheIndicator() {
        Program draft = storedDraft();

        IndicatorId id = addIndicator.addIndicator(new AddIndicatorCommand(
                draft.getId(),
                "Доля педагогов",
                "%",
                new BigDecimal("10"),
                new BigDecimal("40"),
                IndicatorDirection.HIGHER_IS_BETTER,
                null));

        Indicator indicator = saved().indicator(id);
        assertThat(indicator.name()).isEqualTo("Доля педагогов");
        assertThat(indicator.unit()).isEqualTo("%");
        assertThat(indicator.target()).isEqualByComparingTo("40");
    }

    @Test
    void givenTargetAgainstTheDirection_addIndicator_propagatesTheDomainRefusal() {
        Program draft = storedDraft();

        assertThatThrownBy(() -> addIndicator.addIndicator(new AddIndicatorCommand(
                        draft.getId(),
                        "Число жалоб",
                        null,
                        new BigDecimal("5"),
                        new BigDecimal("9"),
                        IndicatorDirection.LOWER_IS_BETTER,
                        null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("indicator.targetAgainstDirection"));
        assertNothingSavedOrPublished();
    }

    // ---- approve --------------------------------------------------------------------------------------------------

    private static ApproveProgramCommand approve(
            ProgramId id, String position, List<OfficialInput> agreedBy, Long version) {
        return new ApproveProgramCommand(
                id,
                new OfficialInput(position, "Е.Н. Филатова"),
                null,
                null,
                "288/п",
                LocalDate.of(2023, 6, 14),
                agreedBy,
                version);
    }

    @Test
    void givenDraftWithGoalTasksAndStage_approve_savesTheApprovalDatedTodayInTheCommunitysZone() {
        Program draft = storedDraftWithStage(StageId.random());

        approveProgram.approve(approve(
                draft.getId(), "Директор МБУДО «ЦВР»", List.of(new OfficialInput("Начальник управления", null)), 2L));

        Program program = saved();
        assertThat(program.status()).isEqualTo(ProgramStatus.APPROVED);
        assertThat(program.approval())
                .isEqualTo(new Approval(
                        new Official("Директор МБУДО «ЦВР»", "Е.Н. Филатова"),
                        LocalDate.of(2023, 6, 14),
                        new DocumentRef("Приказ", "288/п", LocalDate.of(2023, 6, 14)),
                        List.of(new Official("Начальник управления", null))));
        verify(publisher).publish(List.of(new ProgramApproved(draft.getId(), LocalDate.of(2023, 6, 14))));
    }

    @Test
    void givenDraftWithoutGoal_approve_refusesNeedsGoalAndSavesNothing() {
        Program draft = Program.draft(
                ProgramId.random(),
                community.getId(),
                ProgramKind.PROGRAM,
                "План",
                null,
                null,
                List.of("Задача"),
                SCHOOL_YEAR);
        draft.addStage(StageId.random(), "Весь период", StageKind.WHOLE_PERIOD, SCHOOL_YEAR, null);
        Program stored = known(stored(draft));

        assertThatThrownBy(() -> approveProgram.approve(approve(stored.getId(), "Директор", null, null)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("program.approve.needsGoal");
                    assertThat(Messages.ruleMessage(e, Messages.RUSSIAN))
                            .isEqualTo("Программу нельзя утвердить без цели.");
                });
        assertNothingSavedOrPublished();
    }

    @Test
    void givenBlankPositions_approve_refusesNamingTheNestedFields() {
        assertThatThrownBy(() -> approveProgram.approve(approve(
                        ProgramId.random(),
                        " ",
                        List.of(new OfficialInput("Начальник", null), new OfficialInput(null, "И.И. Иванов")),
                        null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(
                                    tuple("agreedBy[1].position", "поле не должно быть пустым"),
                                    tuple("approvedBy.position", "поле не должно быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly(
                                    "agreedBy[1].position: must not be blank",
                                    "approvedBy.position: must not be blank");
                });
        verifyNoInteractions(programs, publisher);
    }

    @Test
    void givenStaleExpectedVersion_approve_throwsConflictAndSavesNothing() {
        Program draft = storedDraftWithStage(StageId.random());

        assertThatThrownBy(() -> approveProgram.approve(approve(draft.getId(), "Директор", null, 1L)))
                .isInstanceOf(ConflictException.class);
        assertNothingSavedOrPublished();
    }
}
