package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.domain.membership.MembershipId;

/** Command: a member leaves their community on a day (today when absent). */
public record LeaveCommunityCommand(@NotNull MembershipId membershipId, LocalDate leftOn, Long expectedVersion) {}
