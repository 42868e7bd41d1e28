package org.stepahead.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.event.types.DomainEvent;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.out.AggregateRepository;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.application.port.out.UnitOfWork;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.NotFound;

/**
 * Runs a use case (its command validated itself when it was built): does its work inside one unit of work, and publishes the domain events of
 * the aggregates it saved once the unit of work has committed. A refused command or a failed unit of work changes
 * nothing and publishes nothing. A use case run from inside another one (an import enters a whole community through
 * the other use cases) joins the outer unit of work: everything commits together, and the events are published
 * once, after the outermost one has committed. A store's {@link ConcurrentUpdateException} reaches callers as a
 * {@link ConflictException}, the type of the incoming ports, and a store's {@link StorageUnreachableException} as a
 * {@link StorageUnavailableException}.
 */
public final class UseCaseRunner {

    private final UnitOfWork unitOfWork;
    private final DomainEventPublisher publisher;
    private final ThreadLocal<Changes> current = new ThreadLocal<>();

    public UseCaseRunner(UnitOfWork unitOfWork, DomainEventPublisher publisher) {
        this.unitOfWork = unitOfWork;
        this.publisher = publisher;
    }

    /** Runs the work atomically and publishes what it recorded. */
    public <C, T> T execute(C command, Function<Changes, T> work) {
        Changes outer = current.get();
        if (outer != null) {
            return inUnitOfWork(() -> work.apply(outer));
        }
        Changes changes = new Changes();
        T result;
        current.set(changes);
        try {
            result = inUnitOfWork(() -> work.apply(changes));
        } finally {
            current.remove();
        }
        if (!changes.events.isEmpty()) {
            publisher.publish(List.copyOf(changes.events));
        }
        return result;
    }

    /**
     * Runs a command that changes one stored aggregate (its kind, e.g. "program"): loads it, refuses a change based on
     * another version than the stored one (a null expected version accepts any), lets the work change it and saves it;
     * returns the version it was saved at.
     */
    public <A extends Aggregate<?, ?>, I> long change(
            Object command,
            AggregateRepository<A, I> repository,
            String kind,
            I id,
            Long expectedVersion,
            Consumer<A> work) {
        return execute(command, changes -> {
            A aggregate = load(repository, kind, id);
            expectVersion(expectedVersion, aggregate, kind);
            work.accept(aggregate);
            return changes.save(repository::save, aggregate);
        });
    }

    /** Runs a command that creates one aggregate: the work checks and builds it, and it is saved; returns its id. */
    public <A extends Aggregate<A, I>, I extends Identifier> I create(
            Object command, AggregateRepository<A, I> repository, Supplier<A> work) {
        return execute(command, changes -> {
            A aggregate = work.get();
            changes.save(repository::save, aggregate);
            return aggregate.getId();
        });
    }

    /** The stored aggregate of this id; a missing one is {@link NotFound} as the given kind (e.g. "program"). */
    public static <A extends Aggregate<?, ?>, I> A load(AggregateRepository<A, I> repository, String kind, I id) {
        return repository.findById(id).orElseThrow(() -> new NotFound(kind, id));
    }

    /** Reads inside one unit of work (a consistent view). */
    public <Q, T> T query(Q query, Function<Q, T> read) {
        return inUnitOfWork(() -> read.apply(query));
    }

    private <T> T inUnitOfWork(Supplier<T> work) {
        try {
            return unitOfWork.execute(work);
        } catch (ConcurrentUpdateException e) {
            throw new ConflictException(e.aggregate(), e.id(), e.expectedVersion(), e);
        } catch (StorageUnreachableException e) {
            throw new StorageUnavailableException(e.getMessage(), e);
        }
    }

    /** Refuses a change based on another version than the stored one. */
    public static void expectVersion(Long expected, Aggregate<?, ?> aggregate, String what) {
        if (expected != null && expected != aggregate.version()) {
            throw new ConflictException(what, aggregate.getId(), expected);
        }
    }

    /** What a use case saved, and the events its aggregates recorded. */
    public static final class Changes {
        private final List<DomainEvent> events = new ArrayList<>();

        private Changes() {}

        /** Saves aggregates with a bulk repository method and keeps their events for publication. */
        public <A extends Aggregate<?, ?>> void saveAll(Consumer<List<A>> repository, List<A> aggregates) {
            repository.accept(aggregates);
            aggregates.forEach(a -> events.addAll(a.pullEvents()));
        }

        /** Saves the aggregate with the given repository method and keeps its events for publication. */
        public <A extends Aggregate<?, ?>> long save(ToLongFunction<A> repository, A aggregate) {
            long version = repository.applyAsLong(aggregate);
            events.addAll(aggregate.pullEvents());
            return version;
        }
    }
}
