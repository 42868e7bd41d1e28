package org.stepahead.application.port.in.community;

import org.stepahead.domain.community.CommunityId;

/** Use case: found a community. */
public interface FoundCommunityUseCase {

    /** Founds the community; the coordinating and partner organizations must be registered. */
    CommunityId found(FoundCommunityCommand command);
}
