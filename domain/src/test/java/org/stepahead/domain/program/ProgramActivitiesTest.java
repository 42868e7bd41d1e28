package org.stepahead.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.ACTIVITY_STAGE;
import static org.stepahead.domain.TestData.PROGRAM_PERIOD;
import static org.stepahead.domain.TestData.activity;
import static org.stepahead.domain.TestData.draftProgramWithStages;
import static org.stepahead.domain.TestData.planActivity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/** Directions and activities: they refer only to the program's own stages and directions; ids are unique. */
class ProgramActivitiesTest {

    private final Program program = draftProgramWithStages();

    private static Activity.Details details(DirectionId directionId, StageId stageId) {
        return new Activity.Details(
                " 3.1 ",
                "Экспертиза рабочих программ",
                null,
                directionId,
                stageId,
                List.of(Form.EXPERTISE, Form.CONSULTATION, Form.EXPERTISE),
                new Schedule.OnRequest("ОО", "по запросу ОО"),
                List.of(org.stepahead.domain.program.Responsible.named("Тьюторы")),
                List.of(TutorFunction.DIAGNOSTIC, TutorFunction.DIAGNOSTIC));
    }

    @Test
    void givenItsOwnStageAndDirection_planActivity_plansIt() {
        DirectionId direction = DirectionId.random();
        program.addDirection(direction, "3", "Экспертная деятельность");
        ActivityId id = ActivityId.random();

        program.planActivity(id, details(direction, ACTIVITY_STAGE));

        Activity activity = program.activity(id);
        assertThat(activity.number()).isEqualTo("3.1");
        assertThat(activity.directionId()).isEqualTo(direction);
        assertThat(activity.stageId()).isEqualTo(ACTIVITY_STAGE);
        assertThat(activity.details().forms()).containsExactly(Form.EXPERTISE, Form.CONSULTATION);
        assertThat(activity.details().tutorFunctions()).containsExactly(TutorFunction.DIAGNOSTIC);
        assertThat(activity.schedule().kind()).isEqualTo(Schedule.Kind.ON_REQUEST);
    }

    private static Activity.Details subItem(String title, ActivityId parent) {
        return new Activity.Details(
                null,
                title,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                "  круглый стол  ",
                "7–9 классы",
                "протокол",
                parent);
    }

    @Test
    void givenATopItem_planningASubItemUnderIt_keepsTheParentAndThePlansWords() {
        ActivityId meeting = planActivity(program, null);
        ActivityId question = ActivityId.random();

        program.planActivity(question, subItem("Вопрос 1", meeting));

        Activity planned = program.activity(question);
        assertThat(planned.parentId()).isEqualTo(meeting);
        assertThat(planned.details().formText()).isEqualTo("круглый стол");
        assertThat(planned.details().audience()).isEqualTo("7–9 классы");
        assertThat(planned.details().output()).isEqualTo("протокол");
        assertThat(program.activity(meeting).parentId()).isNull();
    }

    @Test
    void givenSubItems_nestingDeeper_orUnderItself_orMakingAParentASubItem_isRefused() {
        ActivityId meeting = planActivity(program, null);
        ActivityId other = planActivity(program, null);
        ActivityId question = ActivityId.random();
        program.planActivity(question, subItem("Вопрос 1", meeting));

        assertRefused(
                () -> program.planActivity(ActivityId.random(), subItem("Вопрос 1.1", question)),
                "activity.parentNested");
        assertRefused(() -> program.reviseActivity(other, subItem("Сам в себе", other)), "activity.parentItself");
        assertRefused(() -> program.reviseActivity(meeting, subItem("Встреча", other)), "activity.hasSubItems");
        assertRefused(
                () -> program.planActivity(ActivityId.random(), subItem("Без пункта", ActivityId.random())),
                "notFound");
        assertThat(program.activity(meeting).parentId()).isNull();
        assertThat(program.activities()).hasSize(3);
    }

    @Test
    void givenAnUnknownStage_planActivity_isNotFound() {
        assertRefused(() -> program.planActivity(ActivityId.random(), details(null, StageId.random())), "notFound");
        assertThat(program.activities()).isEmpty();
    }

    @Test
    void givenAnUnknownDirection_planActivity_isNotFound() {
        assertRefused(() -> program.planActivity(ActivityId.random(), details(DirectionId.random(), null)), "notFound");
    }

    @Test
    void givenAnUnknownStage_reviseActivity_isNotFound() {
        ActivityId id = planActivity(program, null);

        assertRefused(() -> program.reviseActivity(id, details(null, StageId.random())), "notFound");
        assertThat(program.activity(id).stageId()).isNull();
    }

    @Test
    void givenAKnownStage_reviseActivity_revisesIt() {
        ActivityId id = planActivity(program, null);

        program.reviseActivity(id, activity("Мастер-класс", ACTIVITY_STAGE));

        assertThat(program.activity(id).title()).isEqualTo("Мастер-класс");
        assertThat(program.activity(id).stageId()).isEqualTo(ACTIVITY_STAGE);
    }

    @Test
    void givenAnUnknownActivity_reviseActivity_isNotFound() {
        assertRefused(() -> program.reviseActivity(ActivityId.random(), activity("Семинар", null)), "notFound");
    }

    @Test
    void givenABlankTitle_activityDetails_areRefused() {
        assertRefused(() -> activity(" ", null), "required");
    }

    @Test
    void givenAnActivityOfAStage_periodOf_isTheStagesPeriod() {
        ActivityId id = planActivity(program, ACTIVITY_STAGE);

        assertThat(program.periodOf(id)).isEqualTo(Period.ofYear(2022));
    }

    @Test
    void givenAnActivityOfNoStage_periodOf_isTheProgramsPeriod() {
        ActivityId id = planActivity(program, null);

        assertThat(program.periodOf(id)).isEqualTo(PROGRAM_PERIOD);
    }

    @Test
    void givenAnUnknownActivity_periodOf_isNotFound() {
        assertRefused(() -> program.periodOf(ActivityId.random()), "notFound");
    }

    @Test
    void givenADuplicateActivityId_planActivity_isRefused() {
        ActivityId id = planActivity(program, null);

        assertRefused(() -> program.planActivity(id, activity("Другое", null)), "duplicateId");
        assertThat(program.activities()).hasSize(1);
    }

    @Test
    void givenADuplicateDirectionId_addDirection_isRefused() {
        DirectionId direction = DirectionId.random();
        program.addDirection(direction, "I", "Научно-методическое сопровождение");

        assertRefused(() -> program.addDirection(direction, "II", "Другое"), "duplicateId");
    }

    @Test
    void givenADuplicateIndicatorId_addIndicator_isRefused() {
        IndicatorId indicator = IndicatorId.random();
        program.addIndicator(indicator, "Доля", "%", null, null, IndicatorDirection.HIGHER_IS_BETTER);

        assertRefused(
                () -> program.addIndicator(
                        indicator, "Другой", "%", BigDecimal.ONE, BigDecimal.TEN, IndicatorDirection.HIGHER_IS_BETTER),
                "duplicateId");
    }

    @Test
    void givenADirection_reviseDirection_trimsItsTitle() {
        DirectionId direction = DirectionId.random();
        program.addDirection(direction, "I", "Научно-методическое сопровождение");

        program.reviseDirection(direction, " II ", "  Мониторинговые  процедуры ");

        assertThat(program.direction(direction).code()).isEqualTo("II");
        assertThat(program.direction(direction).title()).isEqualTo("Мониторинговые процедуры");
        assertRefused(() -> program.reviseDirection(direction, null, " "), "required");
        assertRefused(() -> program.reviseDirection(DirectionId.random(), null, "Другое"), "notFound");
    }

    @Test
    void givenADeadlineInsideTheStage_planActivityDueBy_plansIt() {
        ActivityId id = ActivityId.random();

        program.planActivityDueBy(id, activity("Провести конкурс", ACTIVITY_STAGE), LocalDate.of(2022, 12, 31));

        assertThat(program.activity(id).title()).isEqualTo("Провести конкурс");
    }

    @Test
    void givenADeadlineOutsideTheStage_planActivityDueBy_isRefusedAndPlansNothing() {
        ActivityId id = ActivityId.random();

        assertRefused(
                () -> program.planActivityDueBy(
                        id, activity("Провести конкурс", ACTIVITY_STAGE), LocalDate.of(2023, 1, 1)),
                "activity.deadlineOutsidePeriod");
        assertThat(program.activities()).isEmpty();
    }

    @Test
    void givenADeadlineOutsideTheProgramAndNoStage_planActivityDueBy_isRefused() {
        assertRefused(
                () -> program.planActivityDueBy(
                        ActivityId.random(),
                        activity("Провести конкурс", null),
                        PROGRAM_PERIOD.end().plusDays(1)),
                "activity.deadlineOutsidePeriod");
    }

    private static Activity.Details scheduled(StageId stageId, Schedule schedule) {
        return new Activity.Details(
                null, "Семинар", null, null, stageId, List.of(Form.SEMINAR), schedule, List.of(), List.of());
    }

    @Test
    void givenAScheduleInsideTheStage_planActivity_plansIt() {
        ActivityId id = ActivityId.random();

        program.planActivity(
                id,
                scheduled(
                        ACTIVITY_STAGE,
                        new Schedule.Several(
                                List.of(
                                        new Schedule.InMonth(java.time.YearMonth.of(2022, 10), "октябрь"),
                                        new Schedule.Once(LocalDate.of(2022, 12, 31), true, "до 31 декабря")),
                                "октябрь, до 31 декабря")));

        assertThat(program.activity(id).schedule().kind()).isEqualTo(Schedule.Kind.SEVERAL);
    }

    @Test
    void givenAMonthOutsideTheStage_planActivity_isRefusedNamingTheWordsAndPlansNothing() {
        Schedule december2023 = new Schedule.Several(
                List.of(
                        new Schedule.Continuous("в течение года"),
                        new Schedule.InMonth(java.time.YearMonth.of(2023, 12), "декабрь 2023")),
                "в течение года, декабрь 2023");

        assertRefused(
                () -> program.planActivity(ActivityId.random(), scheduled(ACTIVITY_STAGE, december2023)),
                "activity.scheduleOutsidePeriod");
        assertThat(program.activities()).isEmpty();
    }

    @Test
    void givenADayOutsideTheProgramAndNoStage_planActivity_isRefused() {
        assertRefused(
                () -> program.planActivity(
                        ActivityId.random(),
                        scheduled(null, new Schedule.Once(PROGRAM_PERIOD.end().plusDays(1), false, null))),
                "activity.scheduleOutsidePeriod");
    }

    @Test
    void givenARangeOutsideTheStage_reviseActivity_isRefusedAndKeepsTheActivity() {
        ActivityId id = ActivityId.random();
        program.planActivity(id, scheduled(ACTIVITY_STAGE, null));

        assertRefused(
                () -> program.reviseActivity(
                        id, scheduled(ACTIVITY_STAGE, new Schedule.InRange(Period.ofYear(2021), "2021 год"))),
                "activity.scheduleOutsidePeriod");
        assertThat(program.activity(id).schedule()).isNull();
    }
}
