package org.stepahead.application.port.in.access;

/** The kinds of resource whose community the access rules look up by id. */
public enum ResourceKind {
    COMMUNITY,
    PROGRAM,
    EVENT,
    MEMBERSHIP
}
