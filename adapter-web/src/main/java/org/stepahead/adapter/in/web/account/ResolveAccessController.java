package org.stepahead.adapter.in.web.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.adapter.in.web.security.AccountUser;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;

/** REST: {@link ResolveAccessUseCase} at {@code GET /api/v1/account} — who am I, with my roles per community. */
@RestController
record ResolveAccessController(ResolveAccessUseCase resolveAccess, AccessPolicy accessPolicy) {

    @GetMapping("/api/v1/account")
    CurrentUserResponse me(Authentication authentication) {
        AccountUser user = SignedIn.account(accessPolicy, authentication);
        Map<CommunityId, Set<Role>> roles =
                user.educatorId() == null ? Map.of() : resolveAccess.rolesOf(user.educatorId());
        List<CurrentUserResponse.CommunityRoles> communities = roles.entrySet().stream()
                .map(e -> new CurrentUserResponse.CommunityRoles(
                        e.getKey().value(),
                        e.getValue().stream().map(Enum::name).sorted().toList()))
                .sorted(Comparator.comparing(c -> c.communityId().toString()))
                .toList();
        return new CurrentUserResponse(
                user.accountId().value(),
                user.getUsername(),
                user.administrator(),
                user.educatorId() == null ? null : user.educatorId().value(),
                communities);
    }
}
