package org.stepahead.application.port.in.health;

import org.stepahead.application.port.in.StorageUnavailableException;

/**
 * Use case: is the storage reachable? For health checks and load balancers — one round trip, the same cost however
 * much is stored.
 */
public interface CheckStorageUseCase {

    /**
     * The storage's description for people ("H2 file /home/…/stepahead") when it answers.
     *
     * @throws StorageUnavailableException when it does not
     */
    String check();
}
