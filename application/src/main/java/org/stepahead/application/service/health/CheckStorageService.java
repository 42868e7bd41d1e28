package org.stepahead.application.service.health;

import java.util.Objects;
import org.stepahead.application.port.in.health.CheckStorageUseCase;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.service.UseCaseRunner;

/** Checks the storage with its probe, inside a unit of work so that a lost connection reads as unavailable. */
public final class CheckStorageService implements CheckStorageUseCase {

    private final UseCaseRunner runner;
    private final Storage storage;

    public CheckStorageService(UseCaseRunner runner, Storage storage) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public String check() {
        return runner.query(new Probe(), probe -> {
            storage.probe();
            return storage.description();
        });
    }

    /** The query: nothing to ask but the round trip. */
    private record Probe() {}
}
