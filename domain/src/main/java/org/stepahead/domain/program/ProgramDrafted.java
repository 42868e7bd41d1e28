package org.stepahead.domain.program;

import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.community.CommunityId;

/** Event: a program was drafted. */
public record ProgramDrafted(ProgramId programId, CommunityId communityId, String title) implements DomainEvent {}
