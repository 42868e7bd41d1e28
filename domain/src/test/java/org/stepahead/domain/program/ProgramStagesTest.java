package org.stepahead.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.ACTIVITY_STAGE;
import static org.stepahead.domain.TestData.PREPARATORY_STAGE;
import static org.stepahead.domain.TestData.PROGRAM_PERIOD;
import static org.stepahead.domain.TestData.RESULTATIVE_STAGE;
import static org.stepahead.domain.TestData.draftProgram;
import static org.stepahead.domain.TestData.draftProgramWithStages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepahead.domain.shared.Period;

/** Stages of a draft: inside the program period, not overlapping, kept in order. */
class ProgramStagesTest {

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({"2020-12-31, 2021-06-30", "2023-06-01, 2024-01-01", "2020-01-01, 2024-12-31"})
    void givenAPeriodOutsideTheProgram_addStage_isRefused(LocalDate start, LocalDate end) {
        Program program = draftProgram();

        assertRefused(
                () -> program.addStage(StageId.random(), "Этап", StageKind.PREPARATORY, Period.of(start, end), null),
                "stage.outsideProgram");
        assertThat(program.stages()).isEmpty();
    }

    @Test
    void givenThePeriodOfTheWholeProgram_addStage_isAccepted() {
        Program program = draftProgram();

        program.addStage(StageId.random(), "Весь период", StageKind.WHOLE_PERIOD, PROGRAM_PERIOD, null);

        assertThat(program.stages()).singleElement().extracting(Stage::status).isEqualTo(StageStatus.PLANNED);
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({"2021-12-31, 2022-01-31", "2021-06-01, 2021-07-01", "2021-01-01, 2023-12-31", "2022-12-31, 2022-12-31"})
    void givenAPeriodOverlappingAnotherStage_addStage_isRefused(LocalDate start, LocalDate end) {
        Program program = draftProgram();
        program.addStage(PREPARATORY_STAGE, "Подготовительный", StageKind.PREPARATORY, Period.ofYear(2021), null);
        program.addStage(ACTIVITY_STAGE, "Деятельностный", StageKind.ACTIVITY, Period.ofYear(2022), null);
        Period candidate = Period.of(start, end);

        assertRefused(
                () -> program.addStage(StageId.random(), "Ещё один", StageKind.ACTIVITY, candidate, null),
                "stage.overlaps");
        assertThat(program.stages()).hasSize(2);
    }

    @Test
    void givenAdjacentPeriods_addStage_isAccepted() {
        Program program = draftProgram();
        program.addStage(
                PREPARATORY_STAGE,
                "Организационный",
                StageKind.ORGANIZATIONAL,
                Period.ofMonths(YearMonth.of(2021, 9), YearMonth.of(2021, 10)),
                null);

        program.addStage(
                ACTIVITY_STAGE,
                "Внедренческий",
                StageKind.IMPLEMENTATION,
                Period.ofMonths(YearMonth.of(2021, 11), YearMonth.of(2022, 5)),
                null);

        assertThat(program.stages()).hasSize(2);
    }

    @Test
    void givenStagesAddedInAnyOrder_stages_areOrderedByStart() {
        Program program = draftProgram();

        program.addStage(RESULTATIVE_STAGE, "Результативный", StageKind.RESULTATIVE, Period.ofYear(2023), null);
        program.addStage(PREPARATORY_STAGE, "Подготовительный", StageKind.PREPARATORY, Period.ofYear(2021), null);
        program.addStage(ACTIVITY_STAGE, "Деятельностный", StageKind.ACTIVITY, Period.ofYear(2022), null);

        assertThat(program.stages())
                .extracting(Stage::getId)
                .containsExactly(PREPARATORY_STAGE, ACTIVITY_STAGE, RESULTATIVE_STAGE);
    }

    @Test
    void givenAStageMovedBeforeAnother_reviseStage_reordersTheStages() {
        Program program = draftProgram();
        program.addStage(PREPARATORY_STAGE, "Первый", StageKind.PREPARATORY, Period.ofYear(2021), null);
        program.addStage(ACTIVITY_STAGE, "Второй", StageKind.ACTIVITY, Period.ofYear(2022), null);

        program.reviseStage(PREPARATORY_STAGE, "Первый", StageKind.PREPARATORY, Period.ofYear(2023), "перенесён");

        assertThat(program.stages()).extracting(Stage::getId).containsExactly(ACTIVITY_STAGE, PREPARATORY_STAGE);
        assertThat(program.stage(PREPARATORY_STAGE).description()).isEqualTo("перенесён");
    }

    @Test
    void givenAPeriodOverlappingAnotherStage_reviseStage_isRefused() {
        Program program = draftProgramWithStages();

        assertRefused(
                () -> program.reviseStage(
                        PREPARATORY_STAGE,
                        "Подготовительный",
                        StageKind.PREPARATORY,
                        Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1)),
                        null),
                "stage.overlaps");
        assertThat(program.stage(PREPARATORY_STAGE).period()).isEqualTo(Period.ofYear(2021));
    }

    @Test
    void givenItsOwnPeriodShortened_reviseStage_doesNotCountItselfAsOverlapping() {
        Program program = draftProgramWithStages();
        Period firstHalf = Period.ofMonths(YearMonth.of(2021, 1), YearMonth.of(2021, 6));

        program.reviseStage(PREPARATORY_STAGE, "Подготовительный", StageKind.PREPARATORY, firstHalf, null);

        assertThat(program.stage(PREPARATORY_STAGE).period()).isEqualTo(firstHalf);
    }

    @Test
    void givenAPeriodOutsideTheProgram_reviseStage_isRefused() {
        Program program = draftProgramWithStages();

        assertRefused(
                () -> program.reviseStage(
                        RESULTATIVE_STAGE, "Результативный", StageKind.RESULTATIVE, Period.ofYear(2024), null),
                "stage.outsideProgram");
    }

    @Test
    void givenAnUnknownStage_reviseStage_isNotFound() {
        Program program = draftProgramWithStages();

        assertRefused(
                () -> program.reviseStage(StageId.random(), "Этап", StageKind.ACTIVITY, Period.ofYear(2022), null),
                "notFound");
    }

    @Test
    void givenAPeriodThatNoLongerContainsTheStages_revise_isRefused() {
        Program program = draftProgramWithStages();

        assertRefused(
                () -> program.revise(
                        ProgramKind.PROGRAM, "Программа", null, "Цель", List.of("Задача"), Period.ofYears(2021, 2022)),
                "stage.outsideProgram");
        assertThat(program.period()).isEqualTo(PROGRAM_PERIOD);
        assertThat(program.title()).isEqualTo(draftProgram().title());
    }

    @Test
    void givenAPeriodThatStillContainsTheStages_revise_rewritesTheProgram() {
        Program program = draftProgramWithStages();
        Period longer = Period.ofYears(2020, 2024);

        program.revise(
                ProgramKind.PROGRAM,
                " Программа  клуба ",
                null,
                " Цель ",
                List.of("Первая", "Вторая", "Третья"),
                longer);

        assertThat(program.period()).isEqualTo(longer);
        assertThat(program.title()).isEqualTo("Программа клуба");
        assertThat(program.goal()).isEqualTo("Цель");
        assertThat(program.tasks())
                .containsExactly(new Task(1, "Первая"), new Task(2, "Вторая"), new Task(3, "Третья"));
    }

    @Test
    void givenADuplicateStageId_addStage_isRefused() {
        Program program = draftProgramWithStages();

        assertRefused(
                () -> program.addStage(PREPARATORY_STAGE, "Другой", StageKind.ACTIVITY, Period.ofYear(2021), null),
                "duplicateId");
    }

    @Test
    void givenABlankStageName_addStage_isRefused() {
        assertRefused(
                () -> draftProgram().addStage(StageId.random(), " ", StageKind.ACTIVITY, Period.ofYear(2021), null),
                "required");
    }

    @Test
    void givenANonPositiveNumber_task_isRefused() {
        assertRefused(() -> new Task(0, "Задача"), "task.number");
    }
}
