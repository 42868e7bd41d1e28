package org.stepahead.application.port.in.membership;

/** Use case: link a tutor to a tutee in the same community. */
public interface LinkTutorUseCase {

    /**
     * Links the tutor to the tutee from the given day (today in the community's time zone when none); an invalid
     * command throws InvalidCommandException, an unknown membership NotFound, a link the membership rules refuse
     * DomainRuleViolation.
     */
    void link(LinkTutorCommand command);
}
