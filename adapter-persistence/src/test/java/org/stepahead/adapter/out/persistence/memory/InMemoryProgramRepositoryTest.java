package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.ProgramRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link ProgramRepositoryContract}. */
class InMemoryProgramRepositoryTest extends ProgramRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
