package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.adapter.out.persistence.RepositoryStorage;

/**
 * Persistence adapter: a storage held in this JVM's memory — aggregates kept as immutable snapshots with their
 * versions, thread-safe, atomic per unit of work. For tests, demonstrations and embedding; nothing survives the JVM.
 */
public final class InMemoryStorage extends RepositoryStorage {

    /** A fresh, empty storage. */
    public InMemoryStorage() {
        this(new InMemoryDatabase(), "memory");
    }

    InMemoryStorage(InMemoryDatabase database, String description) {
        super(
                new Repositories(
                        new InMemoryOrganizationRepository(database),
                        new InMemoryEducatorRepository(database),
                        new InMemoryCommunityRepository(database),
                        new InMemoryMembershipRepository(database),
                        new InMemoryProgramRepository(database),
                        new InMemoryEventRepository(database),
                        new InMemoryUserAccountRepository(database),
                        new InMemoryImportedDocumentRepository(database),
                        new InMemoryUnitOfWork(database)),
                description);
    }

    /** The data is in this JVM: always reachable. */
    @Override
    public void probe() {}

    /** Nothing to release: the data stays as long as the JVM holds the store (named stores stay for reopening). */
    @Override
    public void close() {}
}
