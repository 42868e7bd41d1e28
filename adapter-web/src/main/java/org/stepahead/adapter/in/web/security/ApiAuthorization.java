package org.stepahead.adapter.in.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ProgramId;

/**
 * Authorization of the REST API under {@code /api}: one table of path rules, the first that matches decides, by
 * asking {@link AccessPolicy}. Endpoints nested under {@code /api/v1/communities/{id}}, {@code /programs/{id}},
 * {@code /events/{id}}, {@code /members/{id}} (or {@code /memberships/{id}}) are decided by that first id's
 * community — reads (GET, HEAD) for its members, everything else for its coordinators — so that endpoints added
 * there later are covered without a new rule. Anything else under {@code /api} is for administrators only (fail
 * safe): a new top-level endpoint is closed until a rule opens it.
 *
 * <p>The browser pages follow the same table without the {@code /api/v1} prefix ({@link #forBrowser}): a page
 * {@code /programs/{id}} is read like the API's {@code /api/v1/programs/{id}}; a form page ending in {@code /new} or
 * {@code /edit} (and every POST) counts as a change; {@code /} — the list of communities — is for every signed-in user.
 */
public final class ApiAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final Set<String> ANY = Set.of();
    private static final Set<String> POST = Set.of("POST");

    private final AccessPolicy policy;
    private final List<Rule> rules;
    private final boolean formPagesAreChanges;

    /** The REST API's authorization. */
    public ApiAuthorization(AccessPolicy policy) {
        this(policy, "/api/v1", false);
    }

    /** The browser pages' authorization: the API's table without its prefix, form pages counted as changes. */
    public static ApiAuthorization forBrowser(AccessPolicy policy) {
        return new ApiAuthorization(policy, "", true);
    }

    private ApiAuthorization(AccessPolicy policy, String prefix, boolean formPagesAreChanges) {
        this.policy = policy;
        this.formPagesAreChanges = formPagesAreChanges;
        this.rules = List.of(
                rule(READS, prefix.isEmpty() ? "/" : prefix, (a, v) -> policy.isAuthenticated(a)),
                rule(ANY, prefix + "/communities/new", (a, v) -> policy.canFoundCommunity(a)),
                rule(ANY, prefix + "/account/**", (a, v) -> policy.isAuthenticated(a)),
                rule(ANY, prefix + "/accounts/**", (a, v) -> policy.canManageAccounts(a)),
                rule(POST, prefix + "/organizations/**", (a, v) -> policy.canRegisterOrganizations(a)),
                rule(READS, prefix + "/organizations/**", (a, v) -> policy.isAuthenticated(a)),
                rule(POST, prefix + "/educators/**", (a, v) -> policy.canRegisterEducators(a)),
                rule(
                        READS,
                        prefix + "/educators/{educatorId}/**",
                        (a, v) -> id(v, "educatorId", EducatorId::new, e -> policy.canReadEducator(a, e))),
                rule(READS, prefix + "/communities", (a, v) -> policy.isAuthenticated(a)),
                rule(POST, prefix + "/communities", (a, v) -> policy.canFoundCommunity(a)),
                rule(
                        READS,
                        prefix + "/communities/{communityId}/**",
                        (a, v) -> id(v, "communityId", CommunityId::new, c -> policy.canReadCommunity(a, c))),
                rule(
                        ANY,
                        prefix + "/communities/{communityId}/**",
                        (a, v) -> id(v, "communityId", CommunityId::new, c -> policy.canManageCommunity(a, c))),
                rule(
                        READS,
                        prefix + "/members/{membershipId}/**",
                        (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canReadMembership(a, m))),
                rule(
                        ANY,
                        prefix + "/members/{membershipId}/**",
                        (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canManageMembership(a, m))),
                rule(
                        READS,
                        prefix + "/memberships/{membershipId}/**",
                        (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canReadMembership(a, m))),
                rule(
                        ANY,
                        prefix + "/memberships/{membershipId}/**",
                        (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canManageMembership(a, m))),
                rule(
                        READS,
                        prefix + "/programs/{programId}/**",
                        (a, v) -> id(v, "programId", ProgramId::new, p -> policy.canReadProgram(a, p))),
                rule(
                        ANY,
                        prefix + "/programs/{programId}/**",
                        (a, v) -> id(v, "programId", ProgramId::new, p -> policy.canManageProgram(a, p))),
                rule(
                        READS,
                        prefix + "/events/{eventId}/**",
                        (a, v) -> id(v, "eventId", EventId::new, e -> policy.canReadEvent(a, e))),
                rule(
                        ANY,
                        prefix + "/events/{eventId}/**",
                        (a, v) -> id(v, "eventId", EventId::new, e -> policy.canManageEvent(a, e))));
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication user = authentication.get();
        if (!policy.isAuthenticated(user)) {
            return new AuthorizationDecision(false);
        }
        if (policy.isAdministrator(user)) {
            return new AuthorizationDecision(true);
        }
        HttpServletRequest request = context.getRequest();
        String pathText = pathOf(request);
        PathContainer path = PathContainer.parsePath(pathText);
        String method = formPagesAreChanges && (pathText.endsWith("/new") || pathText.endsWith("/edit"))
                ? "POST"
                : request.getMethod();
        for (Rule rule : rules) {
            if (rule.methods().isEmpty() || rule.methods().contains(method)) {
                PathPattern.PathMatchInfo match = rule.pattern().matchAndExtract(path);
                if (match != null) {
                    return new AuthorizationDecision(rule.decision().decide(user, match.getUriVariables()));
                }
            }
        }
        return new AuthorizationDecision(false);
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The path variable as an id; a malformed one is refused like an unknown one. */
    private static <I> boolean id(
            Map<String, String> variables,
            String name,
            Function<UUID, I> type,
            java.util.function.Predicate<I> decide) {
        try {
            return decide.test(type.apply(UUID.fromString(variables.get(name))));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static Rule rule(Set<String> methods, String pattern, Decision decision) {
        return new Rule(methods, PathPatternParser.defaultInstance.parse(pattern), decision);
    }

    /** Whether the signed-in user may, given the path's variables. */
    @FunctionalInterface
    private interface Decision {
        boolean decide(Authentication authentication, Map<String, String> variables);
    }

    private record Rule(Set<String> methods, PathPattern pattern, Decision decision) {}
}
