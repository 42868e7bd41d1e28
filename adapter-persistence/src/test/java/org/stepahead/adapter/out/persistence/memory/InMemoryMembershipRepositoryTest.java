package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.MembershipRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link MembershipRepositoryContract}. */
class InMemoryMembershipRepositoryTest extends MembershipRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
