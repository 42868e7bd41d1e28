package org.stepahead.application.port.in.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/**
 * Command: generate the events of a program's activities from their schedules — of one activity, of the activities
 * of one stage, or of the whole program — on the working days of the default Russian school calendar, skipping the
 * extra non-working periods given too (a community's own days off, a quarantine).
 */
public record GenerateEventsCommand(
        @NotNull ProgramId programId,
        StageId stageId,
        ActivityId activityId,
        @Size(max = 100) List<@Valid @NotNull NonWorkingDays> nonWorking) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public GenerateEventsCommand {
        CommandValidation.validateConstructor(GenerateEventsCommand.class, programId, stageId, activityId, nonWorking);
    }

    /** Extra days off, from one day to another, both included. */
    public record NonWorkingDays(
            @NotNull LocalDate from, @NotNull LocalDate to) {}
}
