package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.UserAccountRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link UserAccountRepositoryContract}. */
class InMemoryUserAccountRepositoryTest extends UserAccountRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
