package org.stepahead.adapter.in.web.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.stepahead.application.port.in.access.MembershipAccess;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.access.ResourceKind;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.program.ProgramId;

/**
 * Every access decision of the service, in one place: the REST API's authorization ({@link ApiAuthorization}) and
 * the browser pages ask the same questions here. See docs/adr/0008-authorization-model.md.
 *
 * <ul>
 *   <li>An administrator may do everything.
 *   <li>A member of a community (any role, current membership) may read it: its profile, member register,
 *       programs with their overviews, events.
 *   <li>A coordinator of a community changes it: its members, roles, tutoring links, programs and their plans,
 *       events, attendance and minutes.
 *   <li>A membership (with its tutoring links — the tutee's development data) is read by its member, their current
 *       tutors and the community's coordinators.
 *   <li>Coordinators (of any community) may register educators and read educators; every signed-in user reads the
 *       registry of organizations and the list of communities.
 * </ul>
 *
 * A resource that cannot be resolved to a community (unknown or malformed id) is refused to everyone but
 * administrators — the same 403 as another community's resource, so that ids cannot be probed.
 */
public class AccessPolicy {

    private static final int CACHED_RESOURCES = 10_000;

    private final ResolveAccessUseCase access;
    /** Which community a program, event or membership belongs to never changes: remembered once resolved. */
    private final Map<String, CommunityId> communities =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CommunityId> eldest) {
                    return size() > CACHED_RESOURCES;
                }
            });

    public AccessPolicy(ResolveAccessUseCase access) {
        this.access = access;
    }

    // ------------------------------------------------------------------ who is asking

    /** The signed-in account, if the authentication is one (by password or token). */
    public Optional<AccountUser> user(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof AccountUser user ? Optional.of(user) : Optional.empty();
    }

    public boolean isAuthenticated(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    public boolean isAdministrator(Authentication authentication) {
        return isAuthenticated(authentication)
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> AccountUser.ROLE_ADMIN.equals(a.getAuthority()));
    }

    /** The user's roles per community (current memberships of the account's educator); empty for none. */
    public Map<CommunityId, Set<Role>> rolesOf(Authentication authentication) {
        EducatorId educator = user(authentication).map(AccountUser::educatorId).orElse(null);
        return educator == null ? Map.of() : access.rolesOf(educator);
    }

    /** Coordinates at least one community. */
    public boolean isCoordinator(Authentication authentication) {
        return rolesOf(authentication).values().stream().anyMatch(r -> r.contains(Role.COORDINATOR));
    }

    // ------------------------------------------------------------------ communities

    public boolean canReadCommunity(Authentication authentication, CommunityId community) {
        return isAdministrator(authentication)
                || (community != null && rolesOf(authentication).containsKey(community));
    }

    public boolean canManageCommunity(Authentication authentication, CommunityId community) {
        return isAdministrator(authentication)
                || (community != null
                        && rolesOf(authentication)
                                .getOrDefault(community, Set.of())
                                .contains(Role.COORDINATOR));
    }

    public boolean canFoundCommunity(Authentication authentication) {
        return isAdministrator(authentication);
    }

    // ------------------------------------------------------------------ programs and events

    public boolean canReadProgram(Authentication authentication, ProgramId program) {
        return isAdministrator(authentication)
                || canReadCommunity(
                        authentication,
                        communityOf(ResourceKind.PROGRAM, program.value()).orElse(null));
    }

    public boolean canManageProgram(Authentication authentication, ProgramId program) {
        return isAdministrator(authentication)
                || canManageCommunity(
                        authentication,
                        communityOf(ResourceKind.PROGRAM, program.value()).orElse(null));
    }

    public boolean canReadEvent(Authentication authentication, EventId event) {
        return isAdministrator(authentication)
                || canReadCommunity(
                        authentication,
                        communityOf(ResourceKind.EVENT, event.value()).orElse(null));
    }

    public boolean canManageEvent(Authentication authentication, EventId event) {
        return isAdministrator(authentication)
                || canManageCommunity(
                        authentication,
                        communityOf(ResourceKind.EVENT, event.value()).orElse(null));
    }

    // ------------------------------------------------------------------ memberships and tutoring

    /** The member themself, their current tutors, the community's coordinators (and administrators). */
    public boolean canReadMembership(Authentication authentication, MembershipId membership) {
        if (isAdministrator(authentication)) {
            return true;
        }
        EducatorId me = user(authentication).map(AccountUser::educatorId).orElse(null);
        Optional<MembershipAccess> facts = access.membership(membership);
        if (me == null || facts.isEmpty()) {
            return false;
        }
        MembershipAccess m = facts.get();
        return m.member().equals(me)
                || m.activeTutors().contains(me)
                || canManageCommunity(authentication, m.communityId());
    }

    /** Roles, leaving, tutoring links: the community's coordinators (and administrators). */
    public boolean canManageMembership(Authentication authentication, MembershipId membership) {
        return isAdministrator(authentication)
                || canManageCommunity(
                        authentication,
                        communityOf(ResourceKind.MEMBERSHIP, membership.value()).orElse(null));
    }

    // ------------------------------------------------------------------ registries and accounts

    public boolean canRegisterEducators(Authentication authentication) {
        return isAdministrator(authentication) || isCoordinator(authentication);
    }

    /** The educator themself, any coordinator (who admits educators), administrators. */
    public boolean canReadEducator(Authentication authentication, EducatorId educator) {
        return isAdministrator(authentication)
                || user(authentication)
                        .map(AccountUser::educatorId)
                        .filter(educator::equals)
                        .isPresent()
                || isCoordinator(authentication);
    }

    public boolean canRegisterOrganizations(Authentication authentication) {
        return isAdministrator(authentication);
    }

    public boolean canManageAccounts(Authentication authentication) {
        return isAdministrator(authentication);
    }

    // ------------------------------------------------------------------ resolving ids

    /** The community of a resource of this kind and id; empty when there is none. */
    public Optional<CommunityId> communityOf(ResourceKind kind, UUID id) {
        if (kind == ResourceKind.COMMUNITY) {
            return access.communityOf(kind, id);
        }
        String key = kind + ":" + id;
        CommunityId known = communities.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CommunityId> resolved = access.communityOf(kind, id);
        resolved.ifPresent(c -> communities.put(key, c));
        return resolved;
    }
}
