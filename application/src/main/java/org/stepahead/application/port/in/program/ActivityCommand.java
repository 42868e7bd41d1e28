package org.stepahead.application.port.in.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Command: plan an activity of a program (no {@code activityId}) or revise one — number and title as the plan
 * writes them, its direction and stage, forms, schedule (сроки) and responsible parties (ответственные).
 */
public record ActivityCommand(
        @NotNull ProgramId programId,
        ActivityId activityId,
        @Size(max = 20) String number,
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 10000) String description,
        DirectionId directionId,
        StageId stageId,
        List<@NotNull Form> forms,
        Schedule schedule,
        List<@Valid @NotNull ResponsibleInput> responsible,
        List<@NotNull TutorFunction> tutorFunctions,
        Long expectedVersion) {

    /** A responsible party by name, linked to a registered organization or educator when known. */
    public record ResponsibleInput(
            @NotBlank @Size(max = 1000) String name, OrganizationId organizationId, EducatorId educatorId) {

        /** A responsible party known only by name. */
        public static ResponsibleInput named(String name) {
            return new ResponsibleInput(name, null, null);
        }
    }
}
