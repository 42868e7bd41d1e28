package org.stepahead.application.port.in.community;

import org.stepahead.domain.community.CommunityId;

/** Use case: read one community with its organizations' names. */
public interface GetCommunityUseCase {

    CommunityView get(CommunityId id);
}
