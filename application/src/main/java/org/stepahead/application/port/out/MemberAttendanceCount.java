package org.stepahead.application.port.out;

import org.stepahead.domain.membership.MembershipId;

/** How many events a member was listed at as present ({@code attended}) and as absent ({@code missed}). */
public record MemberAttendanceCount(MembershipId membershipId, int attended, int missed) {}
