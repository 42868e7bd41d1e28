package org.stepahead.application.port.out;

import java.util.List;
import org.jmolecules.event.types.DomainEvent;

/** Outgoing port: hands the domain events of a committed use case to whoever listens. */
public interface DomainEventPublisher {

    /** Hands over the events, in order. */
    void publish(List<DomainEvent> events);

    /** A publisher that drops every event. */
    static DomainEventPublisher none() {
        return events -> {};
    }
}
