package org.stepahead.adapter.in.web.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response: a community with its profile. */
public record CommunityResponse(
        UUID id,
        long version,
        String name,
        String kind,
        String level,
        UUID coordinatingOrganizationId,
        String coordinatingOrganizationName,
        Document foundingDocument,
        String timeZone,
        String description,
        String goal,
        List<String> tasks,
        List<Function> functions,
        List<String> principles,
        List<Direction> directions,
        List<String> forms,
        List<String> rights,
        List<Partner> partners,
        List<TutorFunctionItem> tutorFunctions,
        List<DayOff> daysOff) {

    /** Days the community does not work beyond the country's calendar, from and to included, and why. */
    public record DayOff(LocalDate from, LocalDate to, String reason) {}

    /** A document by title, number and date. */
    public record Document(String title, String number, LocalDate date) {}

    /** A function of the community. */
    public record Function(String function, String description) {}

    /** A direction of activity. */
    public record Direction(String title, List<String> items) {}

    /** A supporting organization. */
    public record Partner(UUID organizationId, String organizationName, String role, String theme, Document basis) {}

    /** A tutor function. */
    public record TutorFunctionItem(String function, String description) {}
}
