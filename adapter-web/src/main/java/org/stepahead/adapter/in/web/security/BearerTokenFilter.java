package org.stepahead.adapter.in.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;

/**
 * Signs a request in by its API token (see {@link BearerToken}): the token's SHA-256 hash must belong to an enabled
 * account and be neither revoked nor expired. A request carrying a token that does not sign in is answered 401 at
 * once, never served as anonymous.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private final AuthenticateAccountUseCase accounts;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public BearerTokenFilter(AuthenticateAccountUseCase accounts, AuthenticationEntryPoint entryPoint) {
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BearerToken token = BearerToken.from(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        AccountUser user = accounts.byToken(token.value())
                .map(account -> new AccountUser(account, null))
                .orElse(null);
        if (user == null) {
            contexts.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("The token is unknown, revoked or expired"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new BearerToken(user));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
