package org.stepahead.adapter.in.web.ui.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;

/** Form: A community to found: name, kind, level, coordinating organization, time zone, goal and description. */
public record CommunityForm(
        @NotBlank @Size(max = 500) String name,
        @NotNull CommunityKind kind,
        @NotNull CommunityLevel level,
        @NotNull UUID coordinatingOrganization,
        @Size(max = 60) String timeZone,
        @Size(max = 4000) String goal,
        @Size(max = 20000) String description) {

    /** The form before anything is entered. */
    static CommunityForm blank() {
        return new CommunityForm(null, null, null, null, null, null, null);
    }
}
