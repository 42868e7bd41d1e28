package org.stepahead.adapter.in.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API token as a request carries it: {@code Authorization: Bearer <token>}, or — for calendar feeds only, since
 * calendar applications cannot send headers — {@code ?access_token=<token>} on a GET of a path ending in
 * {@code .ics}. Before authentication it holds the value; after, the account.
 */
public final class BearerToken extends AbstractAuthenticationToken {

    static final String QUERY_PARAMETER = "access_token";
    private static final String PREFIX = "Bearer ";

    private final String value;
    private final AccountUser user;

    private BearerToken(String value) {
        super(List.of());
        this.value = value;
        this.user = null;
    }

    BearerToken(AccountUser user) {
        super(user.getAuthorities());
        this.value = null;
        this.user = user;
        setAuthenticated(true);
    }

    /** The token the request carries, or null when it carries none (or one where tokens are not accepted). */
    static BearerToken from(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return new BearerToken(header.substring(PREFIX.length()).strip());
        }
        if (!acceptsQueryToken(request)) {
            return null;
        }
        String query = request.getParameter(QUERY_PARAMETER);
        return query == null ? null : new BearerToken(query.strip());
    }

    /** Only a GET of a calendar feed ({@code **}{@code /*.ics}) may carry its token in the query. */
    static boolean acceptsQueryToken(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getRequestURI().endsWith(".ics");
    }

    String value() {
        return value;
    }

    @Override
    public Object getCredentials() {
        return value;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user == null ? "" : user.getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
