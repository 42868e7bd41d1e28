package org.stepahead.application.port.in.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;

/**
 * Command: schedule an event of a community — of a planned activity (program and activity given; it must fall in
 * the activity's stage) or standalone (neither given). Times are local to the community's time zone. The title
 * defaults to the activity's title.
 */
public record ScheduleEventCommand(
        @NotNull CommunityId communityId,
        ProgramId programId,
        ActivityId activityId,
        @Size(max = 2000) String title,
        Form form,
        @NotNull LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        @Size(max = 1000) String place,
        List<@NotBlank @Size(max = 300) String> facilitators) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ScheduleEventCommand {
        CommandValidation.validateConstructor(
                ScheduleEventCommand.class,
                () -> {
                    if ((programId == null) != (activityId == null)) {
                        throw CommandValidation.missing(programId == null ? "programId" : "activityId");
                    }
                    if (programId == null && (title == null || title.isBlank())) {
                        throw CommandValidation.missing("title");
                    }
                },
                communityId,
                programId,
                activityId,
                title,
                form,
                date,
                startsAt,
                endsAt,
                place,
                facilitators);
    }
}
