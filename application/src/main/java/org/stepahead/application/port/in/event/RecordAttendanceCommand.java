package org.stepahead.application.port.in.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;

/** Command: record who attended an event: members present or absent, and guests. */
public record RecordAttendanceCommand(
        @NotNull EventId eventId,
        List<@Valid @NotNull MemberPresence> members,
        List<@Valid @NotNull GuestInput> guests,
        Long expectedVersion) {

    /**
     * Refuses an invalid command with an InvalidCommandException naming each invalid component, and one with neither a
     * member line nor a guest.
     */
    public RecordAttendanceCommand {
        CommandValidation.validateConstructor(
                RecordAttendanceCommand.class,
                () -> {
                    if ((members == null || members.isEmpty()) && (guests == null || guests.isEmpty())) {
                        throw CommandValidation.empty("members");
                    }
                },
                eventId,
                members,
                guests,
                expectedVersion);
    }

    /** A member of the community, present or absent. */
    public record MemberPresence(@NotNull MembershipId membershipId, boolean present) {}

    /** A guest who came. */
    public record GuestInput(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 500) String organization) {}
}
