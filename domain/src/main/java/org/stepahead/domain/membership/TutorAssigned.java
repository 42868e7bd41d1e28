package org.stepahead.domain.membership;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;

/** Event: a tutor was linked to a tutee. */
public record TutorAssigned(MembershipId tutee, MembershipId tutor, LocalDate since) implements DomainEvent {}
