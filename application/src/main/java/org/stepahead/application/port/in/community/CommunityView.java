package org.stepahead.application.port.in.community;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/** Read model: a community with its profile, the organizations named by name. */
public record CommunityView(
        CommunityId id,
        long version,
        String name,
        CommunityKind kind,
        CommunityLevel level,
        OrganizationId coordinatingOrganizationId,
        String coordinatingOrganizationName,
        DocumentView foundingDocument,
        String timeZone,
        String description,
        String goal,
        List<String> tasks,
        List<FunctionView> functions,
        List<String> principles,
        List<DirectionView> directions,
        List<Form> forms,
        List<String> rights,
        List<PartnerView> partners,
        List<TutorFunctionView> tutorFunctions,
        List<DayOffView> daysOff) {

    /** The view of a community without days off of its own. */
    public CommunityView(
            CommunityId id,
            long version,
            String name,
            CommunityKind kind,
            CommunityLevel level,
            OrganizationId coordinatingOrganizationId,
            String coordinatingOrganizationName,
            DocumentView foundingDocument,
            String timeZone,
            String description,
            String goal,
            List<String> tasks,
            List<FunctionView> functions,
            List<String> principles,
            List<DirectionView> directions,
            List<Form> forms,
            List<String> rights,
            List<PartnerView> partners,
            List<TutorFunctionView> tutorFunctions) {
        this(
                id,
                version,
                name,
                kind,
                level,
                coordinatingOrganizationId,
                coordinatingOrganizationName,
                foundingDocument,
                timeZone,
                description,
                goal,
                tasks,
                functions,
                principles,
                directions,
                forms,
                rights,
                partners,
                tutorFunctions,
                List.of());
    }

    /** Days the community does not work beyond the country's calendar, from and to included, and why. */
    public record DayOffView(LocalDate from, LocalDate to, String reason) {}

    /** A tutor function as the community describes it. */
    public record TutorFunctionView(TutorFunction function, String description) {}

    /** A document by title, number and date. */
    public record DocumentView(String title, String number, LocalDate date) {}

    /** A function of the community. */
    public record FunctionView(CommunityFunction function, String description) {}

    /** A direction of activity. */
    public record DirectionView(String title, List<String> items) {}

    /** A supporting organization. */
    public record PartnerView(
            OrganizationId organizationId,
            String organizationName,
            PartnerRole role,
            String theme,
            DocumentView basis) {}
}
