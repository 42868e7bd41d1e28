package org.stepahead.domain.archfixture.ddd;

import org.jmolecules.ddd.types.AggregateRoot;

/** Architecture fixture: an aggregate that holds another aggregate instead of its identifier. */
public class OrderHoldingTheCustomerAggregate implements AggregateRoot<OrderHoldingTheCustomerAggregate, OrderId> {

    private final OrderId id;
    private final Customer customer;

    public OrderHoldingTheCustomerAggregate(OrderId id, Customer customer) {
        this.id = id;
        this.customer = customer;
    }

    @Override
    public OrderId getId() {
        return id;
    }

    public Customer customer() {
        return customer;
    }
}
