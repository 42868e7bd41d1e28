package org.stepahead.application.service.community;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.community.Principle;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.DocumentRef;

/** What the community reads share: the view of a community with the names of the organizations it names. */
final class CommunityViews {

    private CommunityViews() {}

    static Map<OrganizationId, String> names(OrganizationRepository organizations, List<Community> list) {
        Set<OrganizationId> ids = new HashSet<>();
        for (Community c : list) {
            ids.add(c.coordinatingOrganization());
            c.profile().partners().forEach(p -> ids.add(p.organizationId()));
        }
        return organizations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organization::getId, Organization::name, (a, b) -> a));
    }

    private static CommunityView.DocumentView document(DocumentRef d) {
        return d == null ? null : new CommunityView.DocumentView(d.title(), d.number(), d.date());
    }

    static CommunityView view(Community c, Map<OrganizationId, String> names) {
        CommunityProfile p = c.profile();
        Function<OrganizationId, String> name = names::get;
        return new CommunityView(
                c.getId(),
                c.version(),
                c.name(),
                c.kind(),
                c.level(),
                c.coordinatingOrganization(),
                name.apply(c.coordinatingOrganization()),
                document(c.foundingDocument()),
                c.timeZone().getId(),
                p.description(),
                p.goal(),
                p.tasks(),
                p.functions().stream()
                        .map(f -> new CommunityView.FunctionView(f.function(), f.description()))
                        .toList(),
                p.principles().stream().map(Principle::text).toList(),
                p.directions().stream()
                        .map(d -> new CommunityView.DirectionView(d.title(), d.items()))
                        .toList(),
                p.forms(),
                p.rights(),
                p.partners().stream()
                        .map(x -> new CommunityView.PartnerView(
                                x.organizationId(),
                                name.apply(x.organizationId()),
                                x.role(),
                                x.theme(),
                                document(x.basis())))
                        .toList(),
                p.tutorFunctions().stream()
                        .map(t -> new CommunityView.TutorFunctionView(t.function(), t.description()))
                        .toList(),
                c.daysOff().stream()
                        .map(d -> new CommunityView.DayOffView(
                                d.period().start(), d.period().end(), d.reason()))
                        .toList());
    }
}
