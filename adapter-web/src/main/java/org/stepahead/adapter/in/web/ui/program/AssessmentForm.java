package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.Outcome;

/** Form: An assessment of an expected result: outcome, comment and one piece of evidence. */
public class AssessmentForm {

    private @NotNull Outcome outcome;
    private @Size(max = 4000) String comment;
    private EvidenceKind evidenceKind;
    private @Size(max = 2000) String evidenceDescription;
    private @Size(max = 2000) String evidenceReference;

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public void setEvidenceKind(EvidenceKind evidenceKind) {
        this.evidenceKind = evidenceKind;
    }

    public String getEvidenceDescription() {
        return evidenceDescription;
    }

    public void setEvidenceDescription(String evidenceDescription) {
        this.evidenceDescription = evidenceDescription;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public void setEvidenceReference(String evidenceReference) {
        this.evidenceReference = evidenceReference;
    }
}
