package org.stepahead.adapter.in.web.security;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Security for the browser pages: every path but the API, actuator and API description ones. Form login on the
 * Russian page {@code /login}, a session, CSRF tokens on every form (and on htmx requests through a header), logout.
 * Who may open which page is decided by the API's rules ({@link ApiAuthorization#forBrowser}): a community's pages
 * for its members, its forms and actions for its coordinators.
 * It is checked before the API chain ({@link SecurityConfiguration}), which keeps HTTP Basic and no session; both
 * authenticate against the same {@code UserDetailsService} and {@code PasswordEncoder} beans.
 */
@Configuration(proxyBeanMethods = false)
public class BrowserSecurityConfiguration {

    /** The paths the browser chain does not handle; they belong to the API chain. */
    static final String[] NOT_BROWSER = {
        "/api/**", "/actuator", "/actuator/**", "/v3/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    static RequestMatcher browserPaths() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] excluded = new RequestMatcher[NOT_BROWSER.length];
        for (int i = 0; i < NOT_BROWSER.length; i++) {
            excluded[i] = paths.matcher(NOT_BROWSER[i]);
        }
        return new NegatedRequestMatcher(new OrRequestMatcher(excluded));
    }

    /** Whether a path (without the context path) is a browser page's rather than the API chain's. */
    public static boolean isBrowserPath(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return Arrays.stream(NOT_BROWSER)
                .map(PathPatternParser.defaultInstance::parse)
                .noneMatch(pattern -> pattern.matches(container));
    }

    @Bean
    @Order(1)
    SecurityFilterChain browser(HttpSecurity http, AccessPolicy accessPolicy) throws Exception {
        return http.securityMatcher(browserPaths())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .access(ApiAuthorization.forBrowser(accessPolicy)))
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .csrf(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .build();
    }
}
