package org.stepahead.application.port.in.account;

/** Use case: issue an API token to an account; its value is returned once. */
public interface IssueApiTokenUseCase {

    /**
     * Issues the token and returns it with its value; an invalid command throws InvalidCommandException, an unknown
     * account NotFound, a disabled account or one with too many active tokens DomainRuleViolation.
     */
    IssuedApiToken issue(IssueApiTokenCommand command);
}
