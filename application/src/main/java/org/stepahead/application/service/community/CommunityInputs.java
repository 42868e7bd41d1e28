package org.stepahead.application.service.community;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.domain.community.Community;
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

/** What founding and revising a community share: turning a command's inputs into the community's values. */
final class CommunityInputs {

    private CommunityInputs() {}

    /** The named IANA time zone, Moscow when none is named; an unknown name is an invalid command. */
    static ZoneId zone(String name) {
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

    /** Throws NotFound for the first of the named organizations that is not registered. */
    static void requireRegistered(OrganizationRepository organizations, Collection<OrganizationId> named) {
        if (named.isEmpty()) {
            return;
        }
        Set<OrganizationId> known = organizations.findAllById(named).stream()
                .map(Organization::getId)
                .collect(Collectors.toSet());
        for (OrganizationId id : named) {
            if (!known.contains(id)) {
                throw new NotFound("organization", id);
            }
        }
    }

    /** The organizations the profile names as partners. */
    static List<OrganizationId> partnerOrganizations(ProfileInput p) {
        return nullSafe(p.partners()).stream()
                .map(FoundCommunityCommand.PartnerInput::organizationId)
                .toList();
    }

    static DocumentRef document(DocumentInput d) {
        return d == null ? null : new DocumentRef(d.title(), d.number(), d.date());
    }

    static CommunityProfile profile(ProfileInput p) {
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

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
