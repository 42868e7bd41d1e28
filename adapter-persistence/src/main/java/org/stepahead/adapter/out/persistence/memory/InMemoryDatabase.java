package org.stepahead.adapter.out.persistence.memory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.stepahead.adapter.out.persistence.memory.InMemoryTransaction.Pending;
import org.stepahead.adapter.out.persistence.memory.InMemoryTransaction.TableWrites;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/**
 * Persistence adapter: one in-memory database — the committed snapshots of every aggregate, the lock that guards
 * them, and the unit of work running on each thread, whose saves are buffered and committed together.
 */
final class InMemoryDatabase {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<InMemoryTransaction> current = new ThreadLocal<>();

    final InMemoryTable<OrganizationId, Organization.Snapshot> organizations =
            new InMemoryTable<>("Organization", Organization.Snapshot.class);
    final InMemoryTable<EducatorId, Educator.Snapshot> educators =
            new InMemoryTable<>("Educator", Educator.Snapshot.class);
    final InMemoryTable<CommunityId, Community.Snapshot> communities =
            new InMemoryTable<>("Community", Community.Snapshot.class);
    final InMemoryTable<MembershipId, Membership.Snapshot> memberships =
            new InMemoryTable<>("Membership", Membership.Snapshot.class);
    final InMemoryTable<ProgramId, Program.Snapshot> programs = new InMemoryTable<>("Program", Program.Snapshot.class);
    final InMemoryTable<EventId, Event.Snapshot> events = new InMemoryTable<>("Event", Event.Snapshot.class);
    final InMemoryTable<AccountId, UserAccount.Snapshot> accounts =
            new InMemoryTable<>("UserAccount", UserAccount.Snapshot.class);
    final InMemoryTable<String, InMemoryImportedDocumentRepository.Stored> importedDocuments =
            new InMemoryTable<>("ImportedDocument", InMemoryImportedDocumentRepository.Stored.class);

    /** Runs the work as a unit of work, or as part of the one already running on this thread. */
    <T> T execute(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        InMemoryTransaction transaction = new InMemoryTransaction();
        current.set(transaction);
        T result;
        try {
            result = work.get();
        } finally {
            current.remove();
        }
        lock.writeLock().lock();
        try {
            transaction.commitInto();
        } finally {
            lock.writeLock().unlock();
        }
        return result;
    }

    /** Runs a read under the read lock, so that it sees whole commits only. */
    <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The snapshot as this thread sees it: its unit of work's pending write, else the committed one. */
    <I, S> Optional<S> find(InMemoryTable<I, S> table, I id) {
        Objects.requireNonNull(id, "id");
        InMemoryTransaction transaction = current.get();
        if (transaction != null) {
            TableWrites<I, S> writes = transaction.writesToIfAny(table);
            Pending<S> pending = writes == null ? null : writes.get(id);
            if (pending != null) {
                return Optional.of(pending.snapshot());
            }
        }
        return Optional.ofNullable(read(() -> table.committed(id)));
    }

    /** Every snapshot of the table as this thread sees it: the committed ones overlaid with its pending writes. */
    <I, S> Map<I, S> view(InMemoryTable<I, S> table) {
        Map<I, S> view = read(table::copyOfCommitted);
        InMemoryTransaction transaction = current.get();
        if (transaction != null) {
            TableWrites<I, S> writes = transaction.writesToIfAny(table);
            if (writes != null) {
                writes.all().forEach((id, pending) -> view.put(id, pending.snapshot()));
            }
        }
        return view;
    }

    /**
     * Buffers a save in this thread's unit of work. The loaded version must be the one this unit sees (0: none
     * stored yet); the committed version it is based on is checked again at commit.
     */
    <I, S> long save(InMemoryTable<I, S> table, I id, S snapshot, long loadedVersion) {
        InMemoryTransaction transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("Saving " + table.aggregate() + " " + id
                    + " needs a unit of work: call it inside UnitOfWork.execute");
        }
        TableWrites<I, S> writes = transaction.writesTo(table);
        Pending<S> pending = writes.get(id);
        long seen;
        long base;
        if (pending != null) {
            seen = pending.newVersion();
            base = pending.baseVersion();
        } else {
            seen = read(() -> table.committedVersion(id));
            base = seen;
        }
        if (loadedVersion != seen) {
            throw new ConcurrentUpdateException(table.aggregate(), id, loadedVersion);
        }
        long newVersion = loadedVersion + 1;
        writes.put(id, new Pending<>(table.withVersion(snapshot, newVersion), base, newVersion));
        return newVersion;
    }
}
