package org.stepahead.adapter.in.web.ui.community;

import java.util.List;
import java.util.UUID;

/** View models of the community pages: plain texts and ids, ready to print. */
public final class CommunityViews {

    private CommunityViews() {}

    /** A line of the communities list. */
    public record CommunityLine(UUID id, String name, String kind, String level, String organization) {}

    /** The head of a community page. */
    public record CommunityHead(
            UUID id,
            String name,
            String kind,
            String level,
            String organization,
            String timeZone,
            String goal,
            String description) {}

    /** A program of the community. */
    public record ProgramLine(UUID id, String title, String kind, String period, String status, String activeStage) {}

    /** A line of the member register. */
    public record MemberLine(
            String fullName, String organization, String roles, String experience, String joinedOn, String leftOn) {}

    /** One page of the member register with what was asked. */
    public record RegisterView(
            List<MemberLine> rows, int page, int totalPages, long total, String q, String role, String school) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    /** A day cell of the month grid. */
    public record DayCell(int day, String date, boolean inMonth, boolean today, List<EventLine> events) {}

    /** An event in the month grid. */
    public record EventLine(UUID id, String time, String title, String place, String form) {}
}
