package org.stepahead.application.port.out;

/**
 * Failure a store reports: someone else changed an aggregate first — the version a save was based on is no longer the
 * stored one. Nothing of the unit of work is kept; the use case runner reports it to callers as a conflict.
 */
public class ConcurrentUpdateException extends RuntimeException {

    private final String aggregate;
    private final String id;
    private final long expectedVersion;

    /** The failure to save the aggregate (its kind, e.g. "Program") of this id, based on the given, stale version. */
    public ConcurrentUpdateException(String aggregate, Object id, long expectedVersion) {
        super(aggregate + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
        this.aggregate = aggregate;
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    /** The kind of aggregate, e.g. "Program". */
    public String aggregate() {
        return aggregate;
    }

    /** The id of the aggregate, as text. */
    public String id() {
        return id;
    }

    /** The version the refused save was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
