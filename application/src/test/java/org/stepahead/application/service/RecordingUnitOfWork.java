package org.stepahead.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.application.port.out.UnitOfWork;

/** Test fake of the unit-of-work port: runs the work and keeps a journal of begins, commits and rollbacks. */
public final class RecordingUnitOfWork implements UnitOfWork {

    private final boolean failOnCommit;
    private final List<String> journal = new ArrayList<>();
    private int commits;
    private int rollbacks;

    private RecordingUnitOfWork(boolean failOnCommit) {
        this.failOnCommit = failOnCommit;
    }

    /** A unit of work that commits whatever work returns. */
    public static RecordingUnitOfWork committing() {
        return new RecordingUnitOfWork(false);
    }

    /** A unit of work whose commit fails after the work has run, as a lost database connection would. */
    public static RecordingUnitOfWork failingOnCommit() {
        return new RecordingUnitOfWork(true);
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        journal.add("begin");
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
        if (failOnCommit) {
            rollback();
            throw new StorageUnreachableException("commit failed");
        }
        commits++;
        journal.add("commit");
        return result;
    }

    private void rollback() {
        rollbacks++;
        journal.add("rollback");
    }

    /** Adds an entry to the journal, e.g. when a port is called, to check the order of things. */
    public void note(String entry) {
        journal.add(entry);
    }

    public List<String> journal() {
        return List.copyOf(journal);
    }

    public int commits() {
        return commits;
    }

    public int rollbacks() {
        return rollbacks;
    }
}
