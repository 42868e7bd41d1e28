package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Form: a direction (section) of the plan: its code and title. */
public record DirectionForm(
        @Size(max = 20) String code,
        @NotBlank @Size(max = 1000) String title) {

    /** The form before anything is entered. */
    static DirectionForm blank() {
        return new DirectionForm(null, null);
    }
}
