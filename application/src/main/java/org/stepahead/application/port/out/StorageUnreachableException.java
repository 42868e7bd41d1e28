package org.stepahead.application.port.out;

/**
 * Failure: the storage could not be opened or reached. Stores and storage providers throw it; the application's
 * use case runner reports it to callers as the incoming ports' {@code StorageUnavailableException}.
 */
public class StorageUnreachableException extends RuntimeException {

    public StorageUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageUnreachableException(String message) {
        super(message);
    }
}
