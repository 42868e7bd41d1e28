package org.stepahead.application.port.in.account;

/** Use case: change an account's password (its hash). */
public interface ChangePasswordUseCase {

    /**
     * Replaces the account's password hash; an invalid command throws InvalidCommandException, an unknown account
     * NotFound, a stale expected version ConflictException.
     */
    void changePassword(ChangePasswordCommand command);
}
