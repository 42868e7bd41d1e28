package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.EducatorRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link EducatorRepositoryContract}. */
class InMemoryEducatorRepositoryTest extends EducatorRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
