package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.EventRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link EventRepositoryContract}. */
class InMemoryEventRepositoryTest extends EventRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
