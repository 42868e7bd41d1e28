package org.stepahead.domain.shared;

import java.util.ArrayList;
import java.util.List;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.event.types.DomainEvent;

/**
 * Base of every aggregate root: the version it was loaded at (for optimistic locking in the stores) and the
 * domain events its behaviour has recorded since, which the application publishes after a unit of work commits.
 */
public abstract class Aggregate<T extends AggregateRoot<T, ID>, ID extends Identifier> implements AggregateRoot<T, ID> {

    private final long version;
    private final List<DomainEvent> events = new ArrayList<>();

    /**
     * Starts an aggregate at the stored version it was loaded at (0 for a new one); a negative version is refused as
     * DomainRuleViolation {@code version.negative}.
     */
    protected Aggregate(long version) {
        if (version < 0) {
            throw new DomainRuleViolation("version.negative", version);
        }
        this.version = version;
    }

    /** The stored version this object was loaded at; 0 for one that was never stored. */
    public long version() {
        return version;
    }

    /** Records a domain event of the aggregate's behaviour, for {@link #pullEvents()} to hand over. */
    protected void record(DomainEvent event) {
        events.add(event);
    }

    /** Hands over the events recorded since the last call and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
