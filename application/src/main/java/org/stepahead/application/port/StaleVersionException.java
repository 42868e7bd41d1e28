package org.stepahead.application.port;

/**
 * What the conflicts over a stale version share, on either side of the application: someone else changed an
 * aggregate first, and the version a change or save was based on is no longer the stored one.
 */
public abstract class StaleVersionException extends RuntimeException {

    private final String aggregate;
    private final String id;
    private final long expectedVersion;

    /**
     * The conflict over the aggregate (its kind, e.g. "Program") of this id, based on the given, stale version.
     *
     * @param cause what reported it, or null
     */
    protected StaleVersionException(String aggregate, Object id, long expectedVersion, Throwable cause) {
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

    /** The version the refused change or save was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
