package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.organization.OrganizationId;

/**
 * A responsible party (ответственные) of an activity by name, linked to a registered organization or educator when
 * known; validated as a part of the command that holds it.
 */
public record ResponsibleInput(
        @NotBlank @Size(max = 1000) String name, OrganizationId organizationId, EducatorId educatorId) {

    /** A responsible party known only by name. */
    public static ResponsibleInput named(String name) {
        return new ResponsibleInput(name, null, null);
    }
}
