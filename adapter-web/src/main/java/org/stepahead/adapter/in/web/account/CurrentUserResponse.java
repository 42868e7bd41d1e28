package org.stepahead.adapter.in.web.account;

import java.util.List;
import java.util.UUID;

/** Response: the signed-in user — their account and their roles in each community they are a member of. */
public record CurrentUserResponse(
        UUID id, String username, boolean administrator, UUID educatorId, List<CommunityRoles> communities) {

    /** The user's roles in one community. */
    public record CommunityRoles(UUID communityId, List<String> roles) {}
}
