package org.stepahead.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.ACTIVITY_STAGE;
import static org.stepahead.domain.TestData.PREPARATORY_STAGE;
import static org.stepahead.domain.TestData.addIndicator;
import static org.stepahead.domain.TestData.addResult;
import static org.stepahead.domain.TestData.assessment;
import static org.stepahead.domain.TestData.draftProgramWithStages;
import static org.stepahead.domain.TestData.evidence;
import static org.stepahead.domain.TestData.measurement;
import static org.stepahead.domain.TestData.planActivity;
import static org.stepahead.domain.TestData.programInFirstStage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.shared.Period;

/** Rebuilding a program from its snapshot gives the same program, and checks the rules again. */
class ProgramSnapshotTest {

    private static Program richProgram() {
        Program program = programInFirstStage();
        DirectionId direction = DirectionId.random();
        program.addDirection(direction, "1", "Методическое сопровождение");
        planActivity(program, PREPARATORY_STAGE);
        planActivity(program, null);
        ExpectedResultId product = addResult(program, ResultKind.PRODUCT, PREPARATORY_STAGE);
        program.assessResult(product, assessment(Outcome.ACHIEVED, LocalDate.of(2021, 12, 1), evidence()));
        addResult(program, ResultKind.EFFECT, ACTIVITY_STAGE);
        IndicatorId indicator =
                addIndicator(program, BigDecimal.ONE, BigDecimal.TEN, IndicatorDirection.HIGHER_IS_BETTER);
        program.recordMeasurement(indicator, measurement(LocalDate.of(2021, 6, 1), "4"));
        program.pullEvents();
        return program;
    }

    private static Program.Snapshot withStages(Program.Snapshot s, UnaryOperator<List<Stage.Snapshot>> change) {
        return new Program.Snapshot(
                s.id(),
                s.version(),
                s.communityId(),
                s.kind(),
                s.title(),
                s.summary(),
                s.goal(),
                s.tasks(),
                s.period(),
                s.status(),
                s.approval(),
                change.apply(new ArrayList<>(s.stages())),
                s.directions(),
                s.activities(),
                s.results(),
                s.indicators());
    }

    @Test
    void givenAProgram_restoreOfSnapshot_isTheSame() {
        Program program = richProgram();

        Program restored = Program.restore(program.snapshot());

        assertThat(restored.snapshot()).isEqualTo(program.snapshot());
        assertThat(restored.pullEvents()).isEmpty();
    }

    @Test
    void givenADraft_restoreOfSnapshot_isTheSame() {
        Program draft = draftProgramWithStages();

        assertThat(Program.restore(draft.snapshot()).snapshot()).isEqualTo(draft.snapshot());
    }

    @Test
    void givenOverlappingStagesInASnapshot_restore_isRefused() {
        Program.Snapshot snapshot = withStages(draftProgramWithStages().snapshot(), stages -> {
            stages.add(new Stage.Snapshot(
                    StageId.random(),
                    "Лишний",
                    StageKind.ACTIVITY,
                    Period.of(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 1, 31)),
                    null,
                    null,
                    null,
                    null));
            return stages;
        });

        assertRefused(() -> Program.restore(snapshot), "stage.overlaps");
    }

    @Test
    void givenAStageOutsideTheProgramInASnapshot_restore_isRefused() {
        Program.Snapshot snapshot = withStages(draftProgramWithStages().snapshot(), stages -> {
            stages.add(new Stage.Snapshot(
                    StageId.random(), "Лишний", StageKind.ANALYTICAL, Period.ofYear(2024), null, null, null, null));
            return stages;
        });

        assertRefused(() -> Program.restore(snapshot), "stage.outsideProgram");
    }

    @Test
    void givenTwoActiveStagesInASnapshot_restore_isRefused() {
        LocalDate day = LocalDate.of(2021, 1, 11);
        Program.Snapshot snapshot = withStages(programInFirstStage().snapshot(), stages -> {
            Stage.Snapshot second = stages.get(1);
            stages.set(
                    1,
                    new Stage.Snapshot(
                            second.id(),
                            second.name(),
                            second.kind(),
                            second.period(),
                            null,
                            StageStatus.ACTIVE,
                            day,
                            null));
            return stages;
        });

        assertRefused(() -> Program.restore(snapshot), "stage.anotherActive");
    }

    @Test
    void givenADraftWithAnActiveStageInASnapshot_restore_isRefused() {
        Program.Snapshot active = programInFirstStage().snapshot();
        Program.Snapshot draft = new Program.Snapshot(
                active.id(),
                active.version(),
                active.communityId(),
                active.kind(),
                active.title(),
                active.summary(),
                active.goal(),
                active.tasks(),
                active.period(),
                ProgramStatus.DRAFT,
                null,
                active.stages(),
                active.directions(),
                active.activities(),
                active.results(),
                active.indicators());

        assertRefused(() -> Program.restore(draft), "stage.statusAgainstProgram");
    }

    @Test
    void givenACompletedProgramWithAStageStillActiveInASnapshot_restore_isRefused() {
        Program.Snapshot active = programInFirstStage().snapshot();
        Program.Snapshot completed = new Program.Snapshot(
                active.id(),
                active.version(),
                active.communityId(),
                active.kind(),
                active.title(),
                active.summary(),
                active.goal(),
                active.tasks(),
                active.period(),
                ProgramStatus.COMPLETED,
                active.approval(),
                active.stages(),
                active.directions(),
                active.activities(),
                active.results(),
                active.indicators());

        assertRefused(() -> Program.restore(completed), "stage.statusAgainstProgram");
    }

    @Test
    void givenStagesInAnyOrderInASnapshot_restore_ordersThem() {
        Program.Snapshot snapshot = withStages(
                draftProgramWithStages().snapshot(), stages -> List.of(stages.get(2), stages.get(0), stages.get(1)));

        assertThat(Program.restore(snapshot).stages())
                .extracting(Stage::getId)
                .containsExactly(PREPARATORY_STAGE, ACTIVITY_STAGE, org.stepahead.domain.TestData.RESULTATIVE_STAGE);
    }

    @Test
    void givenAnApprovedStatusWithoutApproval_restore_isRefused() {
        Program.Snapshot s = draftProgramWithStages().snapshot();
        Program.Snapshot approvedWithoutApproval = new Program.Snapshot(
                s.id(),
                s.version(),
                s.communityId(),
                s.kind(),
                s.title(),
                s.summary(),
                s.goal(),
                s.tasks(),
                s.period(),
                ProgramStatus.APPROVED,
                null,
                s.stages(),
                s.directions(),
                s.activities(),
                s.results(),
                s.indicators());

        assertRefused(() -> Program.restore(approvedWithoutApproval), "required");
    }

    @Test
    void givenAnActivityOfAnUnknownStageInASnapshot_restore_isNotFound() {
        Program.Snapshot s = draftProgramWithStages().snapshot();
        Program.Snapshot broken = new Program.Snapshot(
                s.id(),
                s.version(),
                s.communityId(),
                s.kind(),
                s.title(),
                s.summary(),
                s.goal(),
                s.tasks(),
                s.period(),
                s.status(),
                s.approval(),
                s.stages(),
                s.directions(),
                List.of(new Activity.Snapshot(
                        ActivityId.random(), org.stepahead.domain.TestData.activity("Семинар", StageId.random()))),
                s.results(),
                s.indicators());

        assertRefused(() -> Program.restore(broken), "notFound");
    }

    @Test
    void givenAnActiveStageWithoutStartInASnapshot_restore_isRefused() {
        Program.Snapshot snapshot = withStages(draftProgramWithStages().snapshot(), stages -> {
            Stage.Snapshot first = stages.get(0);
            stages.set(
                    0,
                    new Stage.Snapshot(
                            first.id(),
                            first.name(),
                            first.kind(),
                            first.period(),
                            null,
                            StageStatus.ACTIVE,
                            null,
                            null));
            return stages;
        });

        assertRefused(() -> Program.restore(snapshot), "required");
    }

    @Test
    void givenAnAchievedProductWithoutEvidenceInASnapshot_restore_isRefused() {
        Program.Snapshot s = draftProgramWithStages().snapshot();
        ExpectedResult.Snapshot unproven = new ExpectedResult.Snapshot(
                ExpectedResultId.random(),
                "Сборник сценариев",
                null,
                ResultKind.PRODUCT,
                null,
                assessment(Outcome.ACHIEVED, LocalDate.of(2021, 12, 1)));
        Program.Snapshot broken = new Program.Snapshot(
                s.id(),
                s.version(),
                s.communityId(),
                s.kind(),
                s.title(),
                s.summary(),
                s.goal(),
                s.tasks(),
                s.period(),
                s.status(),
                s.approval(),
                s.stages(),
                s.directions(),
                s.activities(),
                List.of(unproven),
                s.indicators());

        assertRefused(() -> Program.restore(broken), "result.productNeedsEvidence");
    }

    @Test
    void givenAMeasurementOutsideTheProgramInASnapshot_restore_isRefused() {
        Program.Snapshot s = draftProgramWithStages().snapshot();
        Indicator.Snapshot measuredTooLate = new Indicator.Snapshot(
                IndicatorId.random(),
                "Доля",
                "%",
                BigDecimal.ONE,
                BigDecimal.TEN,
                IndicatorDirection.HIGHER_IS_BETTER,
                List.of(measurement(LocalDate.of(2024, 1, 15), "5")));
        Program.Snapshot broken = new Program.Snapshot(
                s.id(),
                s.version(),
                s.communityId(),
                s.kind(),
                s.title(),
                s.summary(),
                s.goal(),
                s.tasks(),
                s.period(),
                s.status(),
                s.approval(),
                s.stages(),
                s.directions(),
                s.activities(),
                s.results(),
                List.of(measuredTooLate));

        assertRefused(() -> Program.restore(broken), "measurement.outsideProgram");
    }

    @Test
    void givenTwoStagesWithTheSameIdInASnapshot_restore_isRefused() {
        Program.Snapshot snapshot = withStages(draftProgramWithStages().snapshot(), stages -> {
            Stage.Snapshot second = stages.get(1);
            stages.set(
                    1,
                    new Stage.Snapshot(
                            PREPARATORY_STAGE, second.name(), second.kind(), second.period(), null, null, null, null));
            return stages;
        });

        assertRefused(() -> Program.restore(snapshot), "duplicateId");
    }

    @Test
    void givenTwoIndicatorsWithTheSameIdInASnapshot_restore_isRefused() {
        Program.Snapshot s = draftProgramWithStages().snapshot();
        IndicatorId id = IndicatorId.random();
        Indicator.Snapshot indicator =
                new Indicator.Snapshot(id, "Доля", "%", null, null, IndicatorDirection.HIGHER_IS_BETTER, List.of());
        Program.Snapshot broken = new Program.Snapshot(
                s.id(),
                s.version(),
                s.communityId(),
                s.kind(),
                s.title(),
                s.summary(),
                s.goal(),
                s.tasks(),
                s.period(),
                s.status(),
                s.approval(),
                s.stages(),
                s.directions(),
                s.activities(),
                s.results(),
                List.of(indicator, indicator));

        assertRefused(() -> Program.restore(broken), "duplicateId");
    }
}
