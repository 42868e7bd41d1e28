package org.stepahead.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.ACTIVITY_STAGE;
import static org.stepahead.domain.TestData.PREPARATORY_STAGE;
import static org.stepahead.domain.TestData.PROGRAM_PERIOD;
import static org.stepahead.domain.TestData.RESULTATIVE_STAGE;
import static org.stepahead.domain.TestData.addIndicator;
import static org.stepahead.domain.TestData.addResult;
import static org.stepahead.domain.TestData.approvedProgram;
import static org.stepahead.domain.TestData.assessment;
import static org.stepahead.domain.TestData.draftProgramWithStages;
import static org.stepahead.domain.TestData.measurement;
import static org.stepahead.domain.TestData.programInFirstStage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepahead.domain.TestData;
import org.stepahead.domain.shared.Period;

/** Stages start in order, one at a time, close once their results are assessed; the last one completes the program. */
class ProgramLifecycleTest {

    private static final LocalDate JAN_2021 = LocalDate.of(2021, 1, 11);
    private static final LocalDate DEC_2021 = LocalDate.of(2021, 12, 28);
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 10);
    private static final LocalDate DEC_2022 = LocalDate.of(2022, 12, 28);
    private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 9);
    private static final LocalDate DEC_2023 = LocalDate.of(2023, 12, 27);

    @Nested
    class Starting {

        @Test
        void givenADraft_startStage_isRefused() {
            Program draft = draftProgramWithStages();

            assertRefused(() -> draft.startStage(PREPARATORY_STAGE, JAN_2021), "program.notApproved");
            assertThat(draft.stage(PREPARATORY_STAGE).status()).isEqualTo(StageStatus.PLANNED);
        }

        @Test
        void givenAnApprovedProgram_startFirstStage_startsItAndRecordsTheEvent() {
            Program program = approvedProgram();

            program.startStage(PREPARATORY_STAGE, JAN_2021);

            Stage stage = program.stage(PREPARATORY_STAGE);
            assertThat(stage.status()).isEqualTo(StageStatus.ACTIVE);
            assertThat(stage.startedOn()).isEqualTo(JAN_2021);
            assertThat(program.activeStage()).contains(stage);
            assertThat(program.pullEvents())
                    .containsExactly(new StageStarted(program.getId(), PREPARATORY_STAGE, JAN_2021));
        }

        @Test
        void givenAnActiveStage_startAnother_isRefused() {
            Program program = programInFirstStage();

            assertRefused(() -> program.startStage(ACTIVITY_STAGE, JAN_2022), "stage.anotherActive");
            assertThat(program.stages())
                    .filteredOn(s -> s.status() == StageStatus.ACTIVE)
                    .hasSize(1);
        }

        @Test
        void givenAnEarlierStageNotClosed_startLaterStage_isRefused() {
            Program program = approvedProgram();

            assertRefused(() -> program.startStage(ACTIVITY_STAGE, JAN_2022), "stage.earlierNotClosed");
            assertRefused(() -> program.startStage(RESULTATIVE_STAGE, JAN_2023), "stage.earlierNotClosed");
        }

        @Test
        void givenTheEarlierStageClosed_startNextStage_isAccepted() {
            Program program = programInFirstStage();
            program.closeStage(PREPARATORY_STAGE, DEC_2021);

            program.startStage(ACTIVITY_STAGE, JAN_2022);

            assertThat(program.activeStage()).map(Stage::getId).contains(ACTIVITY_STAGE);
        }

        @Test
        void givenAClosedStage_startItAgain_isRefused() {
            Program program = programInFirstStage();
            program.closeStage(PREPARATORY_STAGE, DEC_2021);

            assertRefused(() -> program.startStage(PREPARATORY_STAGE, JAN_2022), "stage.notPlanned");
        }

        @Test
        void givenAnUnknownStage_startStage_isNotFound() {
            assertRefused(() -> approvedProgram().startStage(StageId.random(), JAN_2021), "notFound");
        }
    }

    @Nested
    class Closing {

        private final Program program = programInFirstStage();

        @Test
        void givenAnUnassessedResult_closeStage_isRefused() {
            addResult(program, ResultKind.EVENT, PREPARATORY_STAGE);

            assertRefused(() -> program.closeStage(PREPARATORY_STAGE, DEC_2021), "stage.unassessedResults");
            assertThat(program.stage(PREPARATORY_STAGE).status()).isEqualTo(StageStatus.ACTIVE);
        }

        @Test
        void givenEachResultAssessed_closeStage_closesItAndRecordsTheEvent() {
            ExpectedResultId first = addResult(program, ResultKind.EVENT, PREPARATORY_STAGE);
            ExpectedResultId second = addResult(program, ResultKind.EFFECT, PREPARATORY_STAGE);
            addResult(program, ResultKind.EFFECT, ACTIVITY_STAGE);
            addResult(program, ResultKind.EFFECT, null);
            program.assessResult(first, assessment(Outcome.ACHIEVED, DEC_2021));
            program.assessResult(second, assessment(Outcome.NOT_ACHIEVED, DEC_2021));
            program.pullEvents();

            program.closeStage(PREPARATORY_STAGE, DEC_2021);

            assertThat(program.stage(PREPARATORY_STAGE).status()).isEqualTo(StageStatus.CLOSED);
            assertThat(program.stage(PREPARATORY_STAGE).closedOn()).isEqualTo(DEC_2021);
            assertThat(program.activeStage()).isEmpty();
            assertThat(program.status()).isEqualTo(ProgramStatus.APPROVED);
            assertThat(program.pullEvents())
                    .containsExactly(new StageClosed(program.getId(), PREPARATORY_STAGE, DEC_2021));
        }

        @Test
        void givenAStageThatIsNotActive_closeStage_isRefused() {
            assertRefused(() -> program.closeStage(ACTIVITY_STAGE, DEC_2022), "stage.notActive");
        }

        @Test
        void givenADayBeforeTheStart_closeStage_isRefused() {
            assertRefused(
                    () -> program.closeStage(PREPARATORY_STAGE, JAN_2021.minusDays(1)), "stage.closesBeforeStart");
        }

        @Test
        void givenAClosedStage_closeItAgain_isRefused() {
            program.closeStage(PREPARATORY_STAGE, DEC_2021);

            assertRefused(() -> program.closeStage(PREPARATORY_STAGE, DEC_2021), "stage.notActive");
        }
    }

    @Nested
    class Completing {

        private Program program;

        @BeforeEach
        void runTheFirstTwoStages() {
            program = programInFirstStage();
            program.closeStage(PREPARATORY_STAGE, DEC_2021);
            program.startStage(ACTIVITY_STAGE, JAN_2022);
            program.closeStage(ACTIVITY_STAGE, DEC_2022);
            program.startStage(RESULTATIVE_STAGE, JAN_2023);
            program.pullEvents();
        }

        @Test
        void givenAnEarlierStageClosed_closeStage_doesNotCompleteTheProgram() {
            assertThat(program.status()).isEqualTo(ProgramStatus.APPROVED);
        }

        @Test
        void givenTheLastStage_closeStage_completesTheProgramAndRecordsTheEvents() {
            program.closeStage(RESULTATIVE_STAGE, DEC_2023);

            assertThat(program.status()).isEqualTo(ProgramStatus.COMPLETED);
            assertThat(program.pullEvents())
                    .containsExactly(
                            new StageClosed(program.getId(), RESULTATIVE_STAGE, DEC_2023),
                            new ProgramCompleted(program.getId(), DEC_2023));
        }

        @Test
        void givenAnUnassessedResultOfTheWholeProgram_closeTheLastStage_isRefusedAndTheStageStaysActive() {
            addResult(program, ResultKind.EFFECT, null);

            assertRefused(() -> program.closeStage(RESULTATIVE_STAGE, DEC_2023), "program.unassessedResults");
            assertThat(program.stage(RESULTATIVE_STAGE).status()).isEqualTo(StageStatus.ACTIVE);
            assertThat(program.status()).isEqualTo(ProgramStatus.APPROVED);
        }

        @Test
        void givenTheResultOfTheWholeProgramAssessed_closeTheLastStage_completesTheProgram() {
            ExpectedResultId result = addResult(program, ResultKind.EFFECT, null);
            program.assessResult(result, assessment(Outcome.PARTLY_ACHIEVED, DEC_2023));

            program.closeStage(RESULTATIVE_STAGE, DEC_2023);

            assertThat(program.status()).isEqualTo(ProgramStatus.COMPLETED);
        }

        static Stream<Arguments> changes() {
            IndicatorId indicator = IndicatorId.random();
            return Stream.of(
                    Arguments.of("add a direction", "program.completed", (Change)
                            p -> p.addDirection(DirectionId.random(), "1", "Экспертная деятельность")),
                    Arguments.of("plan an activity", "program.completed", (Change)
                            p -> p.planActivity(ActivityId.random(), TestData.activity("Семинар", null))),
                    Arguments.of("add an expected result", "program.completed", (Change) p ->
                            p.addExpectedResult(ExpectedResultId.random(), "Сборник", null, ResultKind.PRODUCT, null)),
                    Arguments.of("add an indicator", "program.completed", (Change) p ->
                            p.addIndicator(indicator, "Доля", "%", null, null, IndicatorDirection.HIGHER_IS_BETTER)),
                    Arguments.of("record a measurement", "program.completed", (Change)
                            p -> p.recordMeasurement(p.indicators().get(0).getId(), measurement(DEC_2023, "10"))),
                    Arguments.of("revise a direction", "program.completed", (Change)
                            p -> p.reviseDirection(p.directions().get(0).getId(), "2", "Другое")),
                    Arguments.of("revise an activity", "program.completed", (Change)
                            p -> p.reviseActivity(p.activities().get(0).getId(), TestData.activity("Другое", null))),
                    Arguments.of("revise an expected result", "program.completed", (Change) p -> p.reviseExpectedResult(
                            p.results().get(0).getId(), "Другое", null, ResultKind.EFFECT, null)),
                    Arguments.of("revise an indicator", "program.completed", (Change) p -> p.reviseIndicator(
                            p.indicators().get(0).getId(),
                            "Другое",
                            "%",
                            null,
                            null,
                            IndicatorDirection.LOWER_IS_BETTER)),
                    Arguments.of("revise the program", "program.notDraft", (Change) p ->
                            p.revise(ProgramKind.PROGRAM, "Другое", null, "Цель", List.of("Задача"), PROGRAM_PERIOD)),
                    Arguments.of("add a stage", "program.notDraft", (Change)
                            p -> p.addStage(StageId.random(), "Ещё", StageKind.ACTIVITY, Period.ofYear(2023), null)),
                    Arguments.of("approve again", "program.notDraft", (Change) p -> p.approve(TestData.approval())),
                    Arguments.of("start a stage", "program.notApproved", (Change)
                            p -> p.startStage(RESULTATIVE_STAGE, DEC_2023)),
                    Arguments.of("assess a result", "program.notApproved", (Change)
                            p -> p.assessResult(p.results().get(0).getId(), assessment(Outcome.ACHIEVED, DEC_2023))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("changes")
        void givenACompletedProgram_anyChange_isRefused(String change, String code, Change action) {
            program.addDirection(DirectionId.random(), "1", "Методическое сопровождение");
            program.planActivity(ActivityId.random(), TestData.activity("Семинар", null));
            ExpectedResultId programResult = addResult(program, ResultKind.EFFECT, null);
            program.assessResult(programResult, assessment(Outcome.ACHIEVED, DEC_2023));
            addIndicator(program, BigDecimal.ONE, BigDecimal.TEN, IndicatorDirection.HIGHER_IS_BETTER);
            program.closeStage(RESULTATIVE_STAGE, DEC_2023);
            Program.Snapshot completed = program.snapshot();

            assertRefused(() -> action.applyTo(program), code);
            assertThat(program.snapshot()).isEqualTo(completed);
        }
    }

    /** One change to a program, for parameterized tests. */
    @FunctionalInterface
    interface Change {
        void applyTo(Program program);
    }
}
