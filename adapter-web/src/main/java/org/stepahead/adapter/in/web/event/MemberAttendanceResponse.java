package org.stepahead.adapter.in.web.event;

import java.util.UUID;

/** Response: one member's events attended and missed (listed = attended + missed). */
public record MemberAttendanceResponse(UUID membershipId, String name, int attended, int missed, int listed) {}
