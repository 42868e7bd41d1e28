package org.stepahead.application.port.in;

/** Failure reported to callers of use cases: the storage could not be opened or reached. */
public class StorageUnavailableException extends RuntimeException {

    /** The failure, described, with what caused it. */
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure, described. */
    public StorageUnavailableException(String message) {
        super(message);
    }
}
