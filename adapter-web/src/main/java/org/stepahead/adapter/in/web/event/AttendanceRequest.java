package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Request: who attended — members present or absent, and guests. */
public record AttendanceRequest(List<@Valid @NotNull MemberPresence> members, List<@Valid @NotNull Guest> guests) {

    /** A member, present or absent. */
    public record MemberPresence(@NotNull UUID membershipId, boolean present) {}

    /** A guest who came. */
    public record Guest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 500) String organization) {}
}
