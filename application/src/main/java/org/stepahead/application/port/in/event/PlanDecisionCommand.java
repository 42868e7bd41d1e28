package org.stepahead.application.port.in.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/**
 * Command: make a decision of an event's minutes (agenda item {@code item}, decision {@code decision}, both from 1) a
 * plan item — an activity of the program in the stage given (or none), due by the deadline ("до …"), with its
 * responsible parties; the title defaults to the decision's words. {@code expectedVersion} is the event's.
 */
public record PlanDecisionCommand(
        @NotNull EventId eventId,
        @Min(1) int item,
        @Min(1) int decision,
        @NotNull ProgramId programId,
        StageId stageId,
        DirectionId directionId,
        @NotNull LocalDate deadline,
        @Size(max = 20) String number,
        @Size(max = 2000) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> responsible,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public PlanDecisionCommand {
        CommandValidation.validateConstructor(
                PlanDecisionCommand.class,
                eventId,
                item,
                decision,
                programId,
                stageId,
                directionId,
                deadline,
                number,
                title,
                responsible,
                expectedVersion);
    }
}
