package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.CommunityRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link CommunityRepositoryContract}. */
class InMemoryCommunityRepositoryTest extends CommunityRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
