package org.stepahead.application.service.community;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.community.FunctionStatement;
import org.stepahead.domain.community.Partner;
import org.stepahead.domain.community.Principle;
import org.stepahead.domain.community.TutorFunctionStatement;
import org.stepahead.domain.community.WorkDirection;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.NotFound;

/** Service: founds a community coordinated by a registered organization. */
public record FoundCommunityService(
        UseCaseRunner runner, CommunityRepository communities, OrganizationRepository organizations)
        implements FoundCommunityUseCase {

    @Override
    public CommunityId found(FoundCommunityCommand c) {
        return runner.execute(c, changes -> {
            ZoneId zone = zone(c.timeZone());
            Set<OrganizationId> named = new HashSet<>();
            named.add(c.coordinatingOrganization());
            nullSafe(c.profile().partners()).forEach(p -> named.add(p.organizationId()));
            Set<OrganizationId> known = organizations.findAllById(named).stream()
                    .map(Organization::getId)
                    .collect(Collectors.toSet());
            for (OrganizationId id : named) {
                if (!known.contains(id)) {
                    throw new NotFound("organization", id);
                }
            }
            Community community = Community.found(
                    CommunityId.random(),
                    c.name(),
                    c.kind(),
                    c.level(),
                    c.coordinatingOrganization(),
                    document(c.foundingDocument()),
                    zone,
                    profile(c.profile()));
            changes.save(communities::save, community);
            return community.getId();
        });
    }

    private static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return Community.DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new InvalidCommandException(List.of(new Violation(
                    "timeZone",
                    "неизвестный часовой пояс «" + name + "»",
                    "{stepahead.validation.timeZone.message}",
                    Map.of("value", name))));
        }
    }

    static DocumentRef document(FoundCommunityCommand.DocumentInput d) {
        return d == null ? null : new DocumentRef(d.title(), d.number(), d.date());
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    static CommunityProfile profile(FoundCommunityCommand.ProfileInput p) {
        return new CommunityProfile(
                p.description(),
                p.goal(),
                nullSafe(p.tasks()),
                nullSafe(p.functions()).stream()
                        .map(f -> new FunctionStatement(f.function(), f.description()))
                        .toList(),
                nullSafe(p.principles()).stream().map(Principle::new).toList(),
                nullSafe(p.directions()).stream()
                        .map(d -> new WorkDirection(d.title(), nullSafe(d.items())))
                        .toList(),
                nullSafe(p.forms()),
                nullSafe(p.rights()),
                nullSafe(p.partners()).stream()
                        .map(x -> new Partner(x.organizationId(), x.role(), x.theme(), document(x.basis())))
                        .toList(),
                nullSafe(p.tutorFunctions()).stream()
                        .map(t -> new TutorFunctionStatement(t.function(), t.description()))
                        .toList());
    }
}
