package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.stepahead.domain.program.ResultKind;

/** Form: An expected result to add: text, details, kind and stage (none: the whole program). */
public record ResultForm(
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 4000) String details,
        @NotNull ResultKind kind,
        UUID stageId) {

    /** The form before anything is entered. */
    static ResultForm blank() {
        return new ResultForm(null, null, null, null);
    }
}
