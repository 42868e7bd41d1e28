package org.stepahead.application.port.in.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramId;

/** Command: assess an expected result with an outcome, a comment and evidence, on a day (today when absent). */
public record AssessResultCommand(
        @NotNull ProgramId programId,
        @NotNull ExpectedResultId resultId,
        @NotNull Outcome outcome,
        LocalDate assessedOn,
        @Size(max = 4000) String comment,
        List<@Valid @NotNull EvidenceInput> evidence,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public AssessResultCommand {
        CommandValidation.validateConstructor(
                AssessResultCommand.class,
                programId,
                resultId,
                outcome,
                assessedOn,
                comment,
                evidence,
                expectedVersion);
    }

    /** One proof: a material, a document or an event, described, with a reference (a link, a file, an event id). */
    public record EvidenceInput(
            @NotNull EvidenceKind kind,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 2000) String reference) {}
}
