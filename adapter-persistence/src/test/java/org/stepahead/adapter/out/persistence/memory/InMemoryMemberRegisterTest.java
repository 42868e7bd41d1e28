package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.MemberRegisterContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link MemberRegisterContract}. */
class InMemoryMemberRegisterTest extends MemberRegisterContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
