package org.stepahead.adapter.in.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.BootstrapAdministratorUseCase;

/**
 * Security of the API: the users are the stored accounts (BCrypt password hashes), signing in by HTTP Basic or by
 * an API token ({@code Authorization: Bearer}, or {@code ?access_token=} on calendar feeds only); stateless, no
 * session. Health, info and the API description are open; everything under {@code /api} is decided by
 * {@link ApiAuthorization} over {@link AccessPolicy}; other actuator endpoints are for administrators.
 *
 * <p>This chain matches only the API's paths ({@link #API_PATHS}), so a browser chain with form login can serve
 * every other path. It offers the {@link UserDetailsService}, the {@link PasswordEncoder} and the
 * {@link AccessPolicy} as beans for that chain and its pages.
 *
 * <p>On start, the first administrator is created from {@code STEPAHEAD_ADMIN_USER} / {@code
 * STEPAHEAD_ADMIN_PASSWORD} (or {@code stepahead.admin.user} / {@code stepahead.admin.password}) when the store has
 * no enabled administrator; with none stored and none configured the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** The paths this chain secures. */
    public static final String[] API_PATHS = {
        "/api/**", "/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            AuthenticateAccountUseCase authenticateAccount,
            AccessPolicy accessPolicy)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        return http.securityMatcher(API_PATHS)
                .authenticationManager(new ProviderManager(passwords))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .access(new ApiAuthorization(accessPolicy))
                        .anyRequest()
                        .hasAuthority(AccountUser.ROLE_ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(authenticateAccount, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** BCrypt; its cost (log rounds, 4–31) is {@code stepahead.security.bcrypt-strength}, 10 unless set. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${stepahead.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /** The accounts as Spring Security's users; created after the first administrator is in place. */
    @Bean
    UserDetailsService userDetailsService(
            AuthenticateAccountUseCase authenticateAccount, FirstAdministrator firstAdministrator) {
        return new AccountUserDetailsService(authenticateAccount);
    }

    @Bean
    FirstAdministrator firstAdministrator(
            BootstrapAdministratorUseCase bootstrapAdministrator,
            PasswordEncoder passwordEncoder,
            @Value("${stepahead.admin.user:}") String user,
            @Value("${stepahead.admin.password:}") String password) {
        return FirstAdministrator.ensure(bootstrapAdministrator, passwordEncoder, user, password);
    }

    /**
     * Spring Security's own observations (one per filter, authentication and authorization of every request) are not
     * collected: each request is observed once, as {@code http.server.requests}. They cost about a tenth of a cached
     * request's time under load (docs/performance.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AccessPolicy accessPolicy(ResolveAccessUseCase resolveAccess) {
        return new AccessPolicy(resolveAccess);
    }
}
