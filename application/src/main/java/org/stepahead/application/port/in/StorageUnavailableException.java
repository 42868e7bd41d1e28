package org.stepahead.application.port.in;

/** Failure reported to callers of use cases: the storage could not be opened or reached. */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageUnavailableException(String message) {
        super(message);
    }
}
