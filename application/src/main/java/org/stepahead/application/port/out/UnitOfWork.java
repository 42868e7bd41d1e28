package org.stepahead.application.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port: runs work atomically. Everything the work saves through the repositories commits together when it
 * returns, or not at all when it throws; a save based on a stale version fails with a
 * {@link ConcurrentUpdateException} and nothing of the work is kept.
 */
public interface UnitOfWork {

    /**
     * Runs the work in one transaction and returns its result; commits when it returns, keeps nothing when it throws.
     */
    <T> T execute(Supplier<T> work);

    /** Runs work that returns nothing, as {@link #execute}. */
    default void run(Runnable work) {
        execute(() -> {
            work.run();
            return null;
        });
    }
}
