package org.stepahead.adapter.in.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepahead.application.port.in.account.BootstrapAdministratorUseCase;
import org.stepahead.application.port.in.account.CreateAccountCommand;

/**
 * The first administrator, made sure of on start: when the store holds no enabled administrator, one is created from
 * the configured username and password (BCrypt-hashed); when it holds one, the configuration is not needed and
 * nothing is created (restarting with the same settings never adds a second). Neither stored nor configured: the
 * service refuses to start ({@link AdministratorMissingException}).
 *
 * @param created whether this start created the administrator
 */
public record FirstAdministrator(boolean created) {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    static FirstAdministrator ensure(
            BootstrapAdministratorUseCase administrators, PasswordEncoder encoder, String user, String password) {
        boolean configured = user != null && !user.isBlank() && password != null && !password.isBlank();
        if (administrators.hasAdministrator()) {
            return new FirstAdministrator(false);
        }
        if (!configured) {
            throw new AdministratorMissingException();
        }
        boolean created = administrators.createIfNone(
                new CreateAccountCommand(user.strip(), encoder.encode(password), true, null));
        if (created) {
            LOG.info("Created the first administrator account '{}'", user.strip());
        }
        return new FirstAdministrator(created);
    }
}
