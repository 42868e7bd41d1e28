package org.stepahead.domain.archfixture.ddd;

import org.jmolecules.ddd.types.AggregateRoot;

/** Architecture fixture: an aggregate that references another aggregate by its identifier. */
public class OrderReferencingCustomerById implements AggregateRoot<OrderReferencingCustomerById, OrderId> {

    private final OrderId id;
    private final CustomerId customer;

    public OrderReferencingCustomerById(OrderId id, CustomerId customer) {
        this.id = id;
        this.customer = customer;
    }

    @Override
    public OrderId getId() {
        return id;
    }

    public CustomerId customer() {
        return customer;
    }
}
