package org.stepahead.adapter.in.web.ui;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/**
 * Who is looking at a page, for the templates: which actions to offer. The same decisions as the security chain
 * ({@link AccessPolicy}) — a button shown is a button that works; the chain still refuses what is not shown.
 */
public record Viewer(AccessPolicy policy, Authentication authentication) {

    public boolean administrator() {
        return policy.isAdministrator(authentication);
    }

    public boolean managesCommunity(UUID community) {
        return community != null && policy.canManageCommunity(authentication, new CommunityId(community));
    }

    public boolean managesProgram(UUID program) {
        return program != null && policy.canManageProgram(authentication, new ProgramId(program));
    }
}
