package org.stepahead.adapter.out.persistence.memory;

import java.util.function.Supplier;
import org.stepahead.application.port.out.UnitOfWork;

/**
 * Persistence adapter: runs work atomically against an in-memory database — saves are buffered per thread and
 * committed together after a version check, or dropped when the work throws; nested work joins the outer unit.
 */
final class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryDatabase database;

    InMemoryUnitOfWork(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        return database.execute(work);
    }
}
