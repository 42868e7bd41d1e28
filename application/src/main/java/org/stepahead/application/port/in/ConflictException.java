package org.stepahead.application.port.in;

/**
 * Failure: someone else changed an aggregate first — the version a change was based on is no longer the stored
 * one. Nothing of the refused change was kept; the caller reloads and retries.
 */
public class ConflictException extends RuntimeException {

    private final String aggregate;
    private final String id;
    private final long expectedVersion;

    /**
     * The conflict over the aggregate (its kind, e.g. "Program") of this id, whose change was based on the given, stale
     * version.
     */
    public ConflictException(String aggregate, Object id, long expectedVersion) {
        this(aggregate, id, expectedVersion, null);
    }

    /** The conflict a store reported (its concurrent update being the cause). */
    public ConflictException(String aggregate, Object id, long expectedVersion, Throwable cause) {
        super(aggregate + " " + id + " was changed by someone else (expected version " + expectedVersion + ")", cause);
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

    /** The version the refused change was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
