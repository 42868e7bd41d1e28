package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;

/** Command: rewrite a draft program's kind, title, summary, goal, tasks and period. */
public record ReviseProgramCommand(
        @NotNull ProgramId programId,
        @NotNull ProgramKind kind,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 20000) String summary,
        @Size(max = 4000) String goal,
        List<@NotBlank @Size(max = 4000) String> tasks,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ReviseProgramCommand {
        CommandValidation.validateConstructor(
                ReviseProgramCommand.class,
                programId,
                kind,
                title,
                summary,
                goal,
                tasks,
                periodStart,
                periodEnd,
                expectedVersion);
    }
}
