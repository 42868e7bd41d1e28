package org.stepahead.application.port.out;

/** The stored versions of a program and of its community, read in one cheap step. */
public record ProgramVersions(long program, long community) {}
