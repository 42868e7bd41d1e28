package org.stepahead.domain.archfixture.ddd;

import org.jmolecules.ddd.types.AggregateRoot;

/** Architecture fixture: an aggregate root. */
public class Customer implements AggregateRoot<Customer, CustomerId> {

    private final CustomerId id;

    public Customer(CustomerId id) {
        this.id = id;
    }

    @Override
    public CustomerId getId() {
        return id;
    }
}
