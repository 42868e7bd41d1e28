package org.stepahead.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.stepahead.adapter.in.web.security.SecurityConfiguration;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.account.AccountCredentials;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.BootstrapAdministratorUseCase;
import org.stepahead.domain.account.AccountId;

/**
 * The real API security for {@code @WebMvcTest} slices: {@link SecurityConfiguration} over stand-ins of the account
 * ports that know one administrator, {@code admin} / {@code secret}. List this class instead of
 * SecurityConfiguration in a slice's {@code @ContextConfiguration}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSecurityTestConfiguration {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "secret";

    @Bean
    AuthenticateAccountUseCase authenticateAccount() {
        AuthenticateAccountUseCase accounts = mock(AuthenticateAccountUseCase.class);
        AccountView admin = new AccountView(AccountId.random(), 1, ADMIN, true, null, true);
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        when(accounts.byUsername(any())).thenReturn(Optional.empty());
        when(accounts.byUsername(ADMIN)).thenReturn(Optional.of(new AccountCredentials(admin, hash)));
        when(accounts.byToken(any())).thenReturn(Optional.empty());
        return accounts;
    }

    @Bean
    BootstrapAdministratorUseCase bootstrapAdministrator() {
        BootstrapAdministratorUseCase administrators = mock(BootstrapAdministratorUseCase.class);
        when(administrators.hasAdministrator()).thenReturn(true);
        return administrators;
    }

    @Bean
    ResolveAccessUseCase resolveAccess() {
        return mock(ResolveAccessUseCase.class);
    }
}
