package org.stepahead.application.port.in.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ProgramId;

/**
 * Command: approve a program (утверждаю): by whom, on which day (today when absent), by which order if any, and
 * who agreed it (согласовано).
 */
public record ApproveProgramCommand(
        @NotNull ProgramId programId,
        @Valid @NotNull OfficialInput approvedBy,
        LocalDate approvedOn,
        @Size(max = 1000) String orderTitle,
        @Size(max = 100) String orderNumber,
        LocalDate orderDate,
        List<@Valid @NotNull OfficialInput> agreedBy,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ApproveProgramCommand {
        CommandValidation.validateConstructor(
                ApproveProgramCommand.class,
                programId,
                approvedBy,
                approvedOn,
                orderTitle,
                orderNumber,
                orderDate,
                agreedBy,
                expectedVersion);
    }

    /** An official by position and name. */
    public record OfficialInput(
            @NotBlank @Size(max = 1000) String position,
            @Size(max = 300) String name) {}
}
