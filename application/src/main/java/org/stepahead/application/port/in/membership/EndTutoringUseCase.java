package org.stepahead.application.port.in.membership;

/** Use case: end a tutoring link. */
public interface EndTutoringUseCase {

    /**
     * Ends the tutee's link to the tutor on the given day (today in the community's time zone when none); an invalid
     * command throws InvalidCommandException, an unknown membership NotFound, an end the membership rules refuse
     * DomainRuleViolation.
     */
    void end(EndTutoringCommand command);
}
