package org.stepahead.application.common;

/** Failure: the storage could not be opened or reached. */
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
