package org.stepahead.application.port.in.program;

/**
 * The versions a read model was built from — a program's and its community's — read in one cheap step. Equal stamps
 * mean an equal program overview, so an adapter may keep what it built from the overview until the stamp changes.
 */
public record VersionStamp(long program, long community) {}
