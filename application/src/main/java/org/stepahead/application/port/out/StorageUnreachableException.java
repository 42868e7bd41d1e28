package org.stepahead.application.port.out;

/**
 * Failure: the storage could not be opened or reached. Stores and storage providers throw it; the application's
 * use case runner reports it to callers as the incoming ports' {@code StorageUnavailableException}.
 */
public class StorageUnreachableException extends RuntimeException {

    /** The storage failed with the cause, described by the message (for logs and operators, not for users). */
    public StorageUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The storage failed as the message describes (for logs and operators, not for users). */
    public StorageUnreachableException(String message) {
        super(message);
    }
}
