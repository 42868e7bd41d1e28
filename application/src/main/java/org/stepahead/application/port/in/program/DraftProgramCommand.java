package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramKind;

/**
 * Command: draft a community's program — title, summary (idea, introduction, legal basis), goal, tasks in their
 * order, and the period it covers.
 */
public record DraftProgramCommand(
        @NotNull CommunityId communityId,
        @NotNull ProgramKind kind,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 20000) String summary,
        @Size(max = 4000) String goal,
        List<@NotBlank @Size(max = 4000) String> tasks,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public DraftProgramCommand {
        CommandValidation.validateConstructor(
                DraftProgramCommand.class, communityId, kind, title, summary, goal, tasks, periodStart, periodEnd);
    }
}
