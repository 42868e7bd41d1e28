package org.stepahead.application.port.in.account;

/**
 * Use case: the first administrator. On start the service creates one from its configuration only when the
 * store holds no enabled administrator, so restarting with the same configuration creates nothing more.
 */
public interface BootstrapAdministratorUseCase {

    /** Whether the store holds an enabled administrator. */
    boolean hasAdministrator();

    /** Creates the administrator when the store has none; true when it did. Refused like any account creation. */
    boolean createIfNone(CreateAccountCommand administrator);
}
