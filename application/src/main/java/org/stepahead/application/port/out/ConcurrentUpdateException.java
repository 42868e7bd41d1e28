package org.stepahead.application.port.out;

import org.stepahead.application.port.StaleVersionException;

/**
 * Failure a store reports: someone else changed an aggregate first — the version a save was based on is no longer the
 * stored one. Nothing of the unit of work is kept; the use case runner reports it to callers as a conflict.
 */
public class ConcurrentUpdateException extends StaleVersionException {

    /** The failure to save the aggregate (its kind, e.g. "Program") of this id, based on the given, stale version. */
    public ConcurrentUpdateException(String aggregate, Object id, long expectedVersion) {
        super(aggregate, id, expectedVersion, null);
    }
}
