package org.stepahead.application.port.in.account;

/** Incoming port: change an account's password (its hash). */
public interface ChangePasswordUseCase {

    void changePassword(ChangePasswordCommand command);
}
