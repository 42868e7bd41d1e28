package org.stepahead.application.port.in;

import org.stepahead.application.port.StaleVersionException;

/**
 * Failure: someone else changed an aggregate first — the version a change was based on is no longer the stored
 * one. Nothing of the refused change was kept; the caller reloads and retries.
 */
public class ConflictException extends StaleVersionException {

    /**
     * The conflict over the aggregate (its kind, e.g. "Program") of this id, whose change was based on the given, stale
     * version.
     */
    public ConflictException(String aggregate, Object id, long expectedVersion) {
        this(aggregate, id, expectedVersion, null);
    }

    /** The conflict a store reported (its concurrent update being the cause). */
    public ConflictException(String aggregate, Object id, long expectedVersion, Throwable cause) {
        super(aggregate, id, expectedVersion, cause);
    }
}
