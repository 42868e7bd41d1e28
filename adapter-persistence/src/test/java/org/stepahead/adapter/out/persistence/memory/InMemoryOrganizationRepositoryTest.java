package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.OrganizationRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link OrganizationRepositoryContract}. */
class InMemoryOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
