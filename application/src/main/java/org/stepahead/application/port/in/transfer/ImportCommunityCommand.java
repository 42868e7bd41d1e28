package org.stepahead.application.port.in.transfer;

import jakarta.validation.constraints.NotNull;

/** Command: import a community document; a dry run checks everything and keeps nothing. */
public record ImportCommunityCommand(@NotNull CommunityDocument document, boolean dryRun) {}
