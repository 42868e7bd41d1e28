package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Request: plan an activity, or (PUT) revise one — with its schedule and responsible parties, the plan's own words
 * for its form (catalogue forms are found in them when {@code forms} is empty), its audience, its expected output and
 * the item it is a sub-item of.
 */
public record ActivityRequest(
        @Size(max = 20) String number,
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 10000) String description,
        UUID directionId,
        UUID stageId,
        List<@NotNull @EnumName(Form.class) String> forms,
        @Valid ScheduleJson schedule,
        List<@Valid @NotNull Responsible> responsible,
        List<@NotNull @EnumName(TutorFunction.class) String> tutorFunctions,
        @Size(max = 500) String formText,
        @Size(max = 500) String audience,
        @Size(max = 2000) String output,
        UUID parentId) {

    /** A responsible party by name, linked to a registered organization or educator when known. */
    public record Responsible(@NotBlank @Size(max = 1000) String name, UUID organizationId, UUID educatorId) {}
}
