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
 * Command: revise a planned activity of a program, rewriting all it says (the same parts as
 * {@link PlanActivityCommand}); validated when built.
 */
public record ReviseActivityCommand(
        @NotNull ProgramId programId,
        @NotNull ActivityId activityId,
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
    public ReviseActivityCommand {
        CommandValidation.validateConstructor(
                ReviseActivityCommand.class,
                programId,
                activityId,
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
    public ReviseActivityCommand(
            ProgramId programId,
            ActivityId activityId,
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
                activityId,
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

    /**
     * The revision of an activity that rewrites it with what the given fields say (e.g. those of a plan command built
     * from the same form).
     */
    public static ReviseActivityCommand of(
            ProgramId programId, ActivityId activityId, ActivityFields fields, Long expectedVersion) {
        return new ReviseActivityCommand(
                programId,
                activityId,
                fields.number(),
                fields.title(),
                fields.description(),
                fields.directionId(),
                fields.stageId(),
                fields.forms(),
                fields.schedule(),
                fields.responsible(),
                fields.tutorFunctions(),
                expectedVersion,
                fields.formText(),
                fields.audience(),
                fields.output(),
                fields.parentId());
    }
}
