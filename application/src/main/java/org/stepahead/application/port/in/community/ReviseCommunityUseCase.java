package org.stepahead.application.port.in.community;

/** Use case: revise a community's own data. */
public interface ReviseCommunityUseCase {

    /**
     * Replaces the community's name, founding document, time zone and profile; an invalid command (an unknown time
     * zone among them) throws InvalidCommandException, an unknown community or partner organization NotFound, a stale
     * expected version ConflictException, a profile breaking the community's rules DomainRuleViolation.
     */
    void revise(ReviseCommunityCommand command);
}
