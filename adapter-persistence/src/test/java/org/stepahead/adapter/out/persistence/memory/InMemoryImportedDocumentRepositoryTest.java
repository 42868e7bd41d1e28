package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.ImportedDocumentRepositoryContract;
import org.stepahead.application.port.out.Storage;

/** Port contract test: the in-memory store against {@link ImportedDocumentRepositoryContract}. */
class InMemoryImportedDocumentRepositoryTest extends ImportedDocumentRepositoryContract {

    @Override
    protected Storage openStorage() {
        return new InMemoryStorage();
    }
}
