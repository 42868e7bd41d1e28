package org.stepahead.domain.membership;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;

/** Event: a tutoring link ended. */
public record TutoringEnded(MembershipId tutee, MembershipId tutor, LocalDate until) implements DomainEvent {}
