package org.stepahead.application.port.in.event;

import org.stepahead.domain.membership.MembershipId;

/**
 * Read model: one member's attendance over the events counted — events attended and missed, and how many of them
 * listed the member at all ({@code attended + missed}).
 */
public record MemberAttendanceView(MembershipId membershipId, String name, int attended, int missed, int listed) {}
