package org.stepahead.adapter.out.persistence.seeds;

import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/** The five seeds, entered through the use cases, come back intact from the in-memory store. */
class InMemorySeedProgramsTest extends SeedProgramsContract {

    @Override
    protected Storage openStorage() {
        return StorageProvider.find("memory:");
    }
}
