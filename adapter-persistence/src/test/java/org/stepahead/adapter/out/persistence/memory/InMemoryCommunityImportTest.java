package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.contract.CommunityImportContract;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/** Contract test: the community import is atomic on the in-memory store. */
class InMemoryCommunityImportTest extends CommunityImportContract {

    @Override
    protected Storage openStorage() {
        return StorageProvider.find("memory:");
    }
}
