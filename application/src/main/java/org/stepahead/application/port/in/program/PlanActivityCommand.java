package org.stepahead.application.port.in.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Command: plan an activity of a program — number and title as the plan writes them, its direction and stage, forms,
 * schedule (сроки) and responsible parties (ответственные); validated when built.
 */
public record PlanActivityCommand(
        @NotNull ProgramId programId,
        @Size(max = 20) String number,
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 10000) String description,
        DirectionId directionId,
        StageId stageId,
        List<@NotNull Form> forms,
        Schedule schedule,
        List<@Valid @NotNull ResponsibleInput> responsible,
        List<@NotNull TutorFunction> tutorFunctions,
        Long expectedVersion,
        @Size(max = 500) String formText,
        @Size(max = 500) String audience,
        @Size(max = 2000) String output,
        ActivityId parentId)
        implements ActivityFields {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public PlanActivityCommand {
        CommandValidation.validateConstructor(
                PlanActivityCommand.class,
                programId,
                number,
                title,
                description,
                directionId,
                stageId,
                forms,
                schedule,
                responsible,
                tutorFunctions,
                expectedVersion,
                formText,
                audience,
                output,
                parentId);
    }

    /** The command without the plan's own words for the form, an audience, an output or a parent item. */
    public PlanActivityCommand(
            ProgramId programId,
            String number,
            String title,
            String description,
            DirectionId directionId,
            StageId stageId,
            List<Form> forms,
            Schedule schedule,
            List<ResponsibleInput> responsible,
            List<TutorFunction> tutorFunctions,
            Long expectedVersion) {
        this(
                programId,
                number,
                title,
                description,
                directionId,
                stageId,
                forms,
                schedule,
                responsible,
                tutorFunctions,
                expectedVersion,
                null,
                null,
                null,
                null);
    }
}
