package org.stepahead.domain.membership;

import java.time.LocalDate;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;

/** Event: a tutor was linked to a tutee. */
public record TutorAssigned(MembershipId tutee, MembershipId tutor, LocalDate since) implements DomainEvent {}
