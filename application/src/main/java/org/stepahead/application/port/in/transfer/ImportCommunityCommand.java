package org.stepahead.application.port.in.transfer;

import jakarta.validation.constraints.NotNull;
import org.stepahead.application.port.in.CommandValidation;

/** Command: import a community document; a dry run checks everything and keeps nothing. */
public record ImportCommunityCommand(@NotNull CommunityDocument document, boolean dryRun) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ImportCommunityCommand {
        CommandValidation.validateConstructor(ImportCommunityCommand.class, document, dryRun);
    }
}
