package org.stepahead.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.ACTIVITY_STAGE;
import static org.stepahead.domain.TestData.PREPARATORY_STAGE;
import static org.stepahead.domain.TestData.addResult;
import static org.stepahead.domain.TestData.assessment;
import static org.stepahead.domain.TestData.draftProgramWithStages;
import static org.stepahead.domain.TestData.evidence;
import static org.stepahead.domain.TestData.programInFirstStage;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Expected results: assessed while their stage is active; an achieved product needs evidence. */
class ProgramResultsTest {

    private static final LocalDate DAY = LocalDate.of(2021, 12, 20);

    private final Program program = programInFirstStage();

    @Test
    void givenAProductWithoutEvidence_assessAsAchieved_isRefused() {
        ExpectedResultId product = addResult(program, ResultKind.PRODUCT, PREPARATORY_STAGE);

        assertRefused(
                () -> program.assessResult(product, assessment(Outcome.ACHIEVED, DAY)), "result.productNeedsEvidence");
        assertThat(program.result(product).isAssessed()).isFalse();
        assertThat(program.pullEvents()).isEmpty();
    }

    @Test
    void givenAProductWithEvidence_assessAsAchieved_assessesItAndRecordsTheEvent() {
        ExpectedResultId product = addResult(program, ResultKind.PRODUCT, PREPARATORY_STAGE);

        program.assessResult(product, assessment(Outcome.ACHIEVED, DAY, evidence()));

        assertThat(program.result(product).assessment().evidence()).containsExactly(evidence());
        assertThat(program.result(product).assessedOn()).isEqualTo(DAY);
        assertThat(program.pullEvents())
                .containsExactly(new ResultAssessed(program.getId(), product, Outcome.ACHIEVED));
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"PARTLY_ACHIEVED", "NOT_ACHIEVED"})
    void givenAProductWithoutEvidence_assessAsNotFullyAchieved_isAccepted(Outcome outcome) {
        ExpectedResultId product = addResult(program, ResultKind.PRODUCT, PREPARATORY_STAGE);

        program.assessResult(product, assessment(outcome, DAY));

        assertThat(program.result(product).assessment().outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @EnumSource(
            value = ResultKind.class,
            names = {"EVENT", "EFFECT"})
    void givenAnEventOrEffectWithoutEvidence_assessAsAchieved_isAccepted(ResultKind kind) {
        ExpectedResultId result = addResult(program, kind, PREPARATORY_STAGE);

        program.assessResult(result, assessment(Outcome.ACHIEVED, DAY));

        assertThat(program.result(result).isAssessed()).isTrue();
    }

    @Test
    void givenAnAchievedEffectWithoutEvidence_reviseIntoAProduct_isRefused() {
        ExpectedResultId result = addResult(program, ResultKind.EFFECT, PREPARATORY_STAGE);
        program.assessResult(result, assessment(Outcome.ACHIEVED, DAY));

        assertRefused(
                () -> program.reviseExpectedResult(result, "Сборник", null, ResultKind.PRODUCT, PREPARATORY_STAGE),
                "result.productNeedsEvidence");
    }

    @Test
    void givenAResultOfAPlannedStage_assess_isRefused() {
        ExpectedResultId later = addResult(program, ResultKind.EVENT, ACTIVITY_STAGE);

        assertRefused(() -> program.assessResult(later, assessment(Outcome.ACHIEVED, DAY)), "result.stageNotActive");
    }

    @Test
    void givenAResultOfAClosedStage_assess_isRefused() {
        ExpectedResultId result = addResult(program, ResultKind.EVENT, PREPARATORY_STAGE);
        program.assessResult(result, assessment(Outcome.PARTLY_ACHIEVED, DAY));
        program.closeStage(PREPARATORY_STAGE, DAY);

        assertRefused(() -> program.assessResult(result, assessment(Outcome.ACHIEVED, DAY)), "result.stageNotActive");
        assertThat(program.result(result).assessment().outcome()).isEqualTo(Outcome.PARTLY_ACHIEVED);
    }

    @Test
    void givenAResultOfTheWholeProgram_assess_isAcceptedWhileApproved() {
        ExpectedResultId whole = addResult(program, ResultKind.EFFECT, null);

        program.assessResult(whole, assessment(Outcome.ACHIEVED, DAY));

        assertThat(program.result(whole).isAssessed()).isTrue();
    }

    @Test
    void givenADraft_assess_isRefused() {
        Program draft = draftProgramWithStages();
        ExpectedResultId result = addResult(draft, ResultKind.EFFECT, null);

        assertRefused(() -> draft.assessResult(result, assessment(Outcome.ACHIEVED, DAY)), "program.notApproved");
    }

    @Test
    void givenAClosedStage_addExpectedResult_isRefused() {
        program.closeStage(PREPARATORY_STAGE, DAY);

        assertRefused(
                () -> program.addExpectedResult(
                        ExpectedResultId.random(), "Ещё", null, ResultKind.EVENT, PREPARATORY_STAGE),
                "stage.closed");
    }

    @Test
    void givenAResultOfAClosedStage_revise_isRefused() {
        ExpectedResultId result = addResult(program, ResultKind.EVENT, PREPARATORY_STAGE);
        program.assessResult(result, assessment(Outcome.ACHIEVED, DAY));
        program.closeStage(PREPARATORY_STAGE, DAY);

        assertRefused(
                () -> program.reviseExpectedResult(result, "Другое", null, ResultKind.EVENT, ACTIVITY_STAGE),
                "stage.closed");
    }

    @Test
    void givenAResultMovedIntoAClosedStage_revise_isRefused() {
        program.closeStage(PREPARATORY_STAGE, DAY);
        ExpectedResultId result = addResult(program, ResultKind.EVENT, ACTIVITY_STAGE);

        assertRefused(
                () -> program.reviseExpectedResult(result, "Другое", null, ResultKind.EVENT, PREPARATORY_STAGE),
                "stage.closed");
    }

    @Test
    void givenAnOpenStage_addAndReviseExpectedResult_areAccepted() {
        ExpectedResultId result = addResult(program, ResultKind.EVENT, ACTIVITY_STAGE);

        program.reviseExpectedResult(result, " Конференция ", " итоги ", ResultKind.EVENT, PREPARATORY_STAGE);

        ExpectedResult revised = program.result(result);
        assertThat(revised.text()).isEqualTo("Конференция");
        assertThat(revised.details()).isEqualTo("итоги");
        assertThat(revised.stageId()).isEqualTo(PREPARATORY_STAGE);
    }

    @Test
    void givenAnUnknownStage_addExpectedResult_isNotFound() {
        assertRefused(
                () -> program.addExpectedResult(
                        ExpectedResultId.random(), "Сборник", null, ResultKind.PRODUCT, StageId.random()),
                "notFound");
    }

    @Test
    void givenADuplicateId_addExpectedResult_isRefused() {
        ExpectedResultId result = addResult(program, ResultKind.EVENT, null);

        assertRefused(() -> program.addExpectedResult(result, "Другое", null, ResultKind.EVENT, null), "duplicateId");
    }

    @Test
    void givenAnUnknownResult_assess_isNotFound() {
        assertRefused(
                () -> program.assessResult(ExpectedResultId.random(), assessment(Outcome.ACHIEVED, DAY)), "notFound");
    }

    @Test
    void givenNoOutcomeOrDay_assessment_isRefused() {
        assertRefused(() -> assessment(null, DAY), "required");
        assertRefused(() -> assessment(Outcome.ACHIEVED, null), "required");
        assertRefused(() -> new Evidence(EvidenceKind.DOCUMENT, " ", null), "required");
    }
}
