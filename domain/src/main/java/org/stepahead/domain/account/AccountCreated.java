package org.stepahead.domain.account;

import org.jmolecules.event.types.DomainEvent;

/** Event: a user account was created. */
public record AccountCreated(AccountId accountId, String username, boolean administrator) implements DomainEvent {}
