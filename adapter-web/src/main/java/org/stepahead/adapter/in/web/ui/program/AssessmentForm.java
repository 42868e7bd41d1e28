package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.Outcome;

/** Form: An assessment of an expected result: outcome, comment and one piece of evidence. */
public record AssessmentForm(
        @NotNull Outcome outcome,
        @Size(max = 4000) String comment,
        EvidenceKind evidenceKind,
        @Size(max = 2000) String evidenceDescription,
        @Size(max = 2000) String evidenceReference) {

    /** The form before anything is entered. */
    static AssessmentForm blank() {
        return new AssessmentForm(null, null, null, null, null);
    }
}
