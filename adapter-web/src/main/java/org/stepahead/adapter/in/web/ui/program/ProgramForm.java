package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.program.ProgramKind;

/** Form: A program to draft: kind, title, summary, goal, tasks one per line, period. */
public record ProgramForm(
        @NotNull ProgramKind kind,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 20000) String summary,
        @Size(max = 4000) String goal,
        String tasksText,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodStart,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodEnd) {

    /** The form before anything is entered. */
    static ProgramForm blank() {
        return new ProgramForm(null, null, null, null, null, null, null);
    }
}
