package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.program.StageKind;

/** Form: A stage to add: name, kind, period and description. */
public record StageForm(
        @NotBlank @Size(max = 500) String name,
        @NotNull StageKind kind,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodStart,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodEnd,

        @Size(max = 4000) String description) {

    /** The form before anything is entered. */
    static StageForm blank() {
        return new StageForm(null, null, null, null, null);
    }
}
