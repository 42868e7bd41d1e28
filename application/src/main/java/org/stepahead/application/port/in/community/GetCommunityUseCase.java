package org.stepahead.application.port.in.community;

import org.stepahead.domain.community.CommunityId;

/** Use case: read one community with its organizations' names. */
public interface GetCommunityUseCase {

    /** The community; an unknown one throws NotFound. */
    CommunityView get(CommunityId id);
}
