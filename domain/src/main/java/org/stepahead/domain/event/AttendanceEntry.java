package org.stepahead.domain.event;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;

/**
 * Value: one line of an attendance list — a member of the community (present or absent), or a guest who came,
 * marked as a guest, with their name and organization.
 */
public record AttendanceEntry(MembershipId memberId, String guestName, String guestOrganization, boolean present)
        implements ValueObject {

    public AttendanceEntry {
        guestName = Texts.optional(guestName);
        guestOrganization = Texts.optional(guestOrganization);
        if ((memberId == null) == (guestName == null)) {
            throw new DomainRuleViolation("attendance.memberOrGuest");
        }
        if (memberId == null && !present) {
            throw new DomainRuleViolation("attendance.absentGuest", guestName);
        }
    }

    /** A line for a member of the community, present or absent. */
    public static AttendanceEntry member(MembershipId memberId, boolean present) {
        return new AttendanceEntry(Texts.present(memberId, "memberId"), null, null, present);
    }

    /** A line for a guest who came, by name (required) and organization (optional); a guest is always present. */
    public static AttendanceEntry guest(String name, String organization) {
        return new AttendanceEntry(null, Texts.required(name, "guestName"), organization, true);
    }

    /** Whether the line is a guest's rather than a member's. */
    public boolean isGuest() {
        return memberId == null;
    }
}
