package org.stepahead.application.port.in.membership;

/** Use case: let a member leave; every tutoring link they are part of, as tutee or tutor, ends that day. */
public interface LeaveCommunityUseCase {

    void leave(LeaveCommunityCommand command);
}
