package org.stepahead.domain.program;

import java.time.LocalDate;
import org.jmolecules.ddd.types.Entity;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;

/**
 * Entity: what a stage or the whole program promises (ожидаемый результат) — a product, an event or an effect —
 * later assessed. A product counts as achieved only with evidence.
 */
public final class ExpectedResult implements Entity<Program, ExpectedResultId> {

    private final ExpectedResultId id;
    private String text;
    private String details;
    private ResultKind kind;
    private StageId stageId;
    private Assessment assessment;

    ExpectedResult(Snapshot s) {
        this.id = Texts.present(s.id(), "expectedResultId");
        this.text = Texts.required(s.text(), "result.text");
        this.details = Texts.optional(s.details());
        this.kind = Texts.present(s.kind(), "result.kind");
        this.stageId = s.stageId();
        this.assessment = s.assessment();
        if (assessment != null) {
            requireEvidenceForAchievedProduct(assessment);
        }
    }

    Snapshot snapshot() {
        return new Snapshot(id, text, details, kind, stageId, assessment);
    }

    void revise(String text, String details, ResultKind kind, StageId stageId) {
        this.text = Texts.required(text, "result.text");
        this.details = Texts.optional(details);
        this.kind = Texts.present(kind, "result.kind");
        this.stageId = stageId;
        if (assessment != null) {
            requireEvidenceForAchievedProduct(assessment);
        }
    }

    void assess(Assessment assessment) {
        Texts.present(assessment, "assessment");
        requireEvidenceForAchievedProduct(assessment);
        this.assessment = assessment;
    }

    private void requireEvidenceForAchievedProduct(Assessment a) {
        if (kind == ResultKind.PRODUCT
                && a.outcome() == Outcome.ACHIEVED
                && a.evidence().isEmpty()) {
            throw new DomainRuleViolation("result.productNeedsEvidence", text);
        }
    }

    @Override
    public ExpectedResultId getId() {
        return id;
    }

    /** The promise in the plan's words. */
    public String text() {
        return text;
    }

    /** Further words of the plan about the result ("презентации, методический материал, протоколы"). */
    public String details() {
        return details;
    }

    /** Whether the result is a methodical product, a methodical event or an effect. */
    public ResultKind kind() {
        return kind;
    }

    /** The stage that promises it, or null for a result of the whole program. */
    public StageId stageId() {
        return stageId;
    }

    /** The verdict on the result, or null until it is assessed. */
    public Assessment assessment() {
        return assessment;
    }

    /** Whether the result has been assessed. */
    public boolean isAssessed() {
        return assessment != null;
    }

    /** The day the result was assessed, or null until it is. */
    public LocalDate assessedOn() {
        return assessment == null ? null : assessment.assessedOn();
    }

    /** An expected result's full state, for storing and rebuilding. */
    public record Snapshot(
            ExpectedResultId id,
            String text,
            String details,
            ResultKind kind,
            StageId stageId,
            Assessment assessment) {}
}
