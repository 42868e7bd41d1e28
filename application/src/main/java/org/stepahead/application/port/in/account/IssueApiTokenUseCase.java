package org.stepahead.application.port.in.account;

/** Incoming port: issue an API token to an account; its value is returned once. */
public interface IssueApiTokenUseCase {

    IssuedApiToken issue(IssueApiTokenCommand command);
}
