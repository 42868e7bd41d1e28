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
 */
public final class ApiAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final Set<String> ANY = Set.of();
  private static final Set<String> POST = Set.of("POST");

  private final AccessPolicy policy;
  private final List<Rule> rules;

  public ApiAuthorization(AccessPolicy policy) {
    this.policy = policy;
    this.rules =
        List.of(
            rule(ANY, "/api/v1/account/**", (a, v) -> policy.isAuthenticated(a)),
            rule(ANY, "/api/v1/accounts/**", (a, v) -> policy.canManageAccounts(a)),
            rule(POST, "/api/v1/organizations/**", (a, v) -> policy.canRegisterOrganizations(a)),
            rule(READS, "/api/v1/organizations/**", (a, v) -> policy.isAuthenticated(a)),
            rule(POST, "/api/v1/educators/**", (a, v) -> policy.canRegisterEducators(a)),
            rule(READS, "/api/v1/educators/{educatorId}/**",
                (a, v) -> id(v, "educatorId", EducatorId::new, e -> policy.canReadEducator(a, e))),
            rule(READS, "/api/v1/communities", (a, v) -> policy.isAuthenticated(a)),
            rule(POST, "/api/v1/communities", (a, v) -> policy.canFoundCommunity(a)),
            rule(READS, "/api/v1/communities/{communityId}/**",
                (a, v) -> id(v, "communityId", CommunityId::new, c -> policy.canReadCommunity(a, c))),
            rule(ANY, "/api/v1/communities/{communityId}/**",
                (a, v) -> id(v, "communityId", CommunityId::new, c -> policy.canManageCommunity(a, c))),
            rule(READS, "/api/v1/members/{membershipId}/**",
                (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canReadMembership(a, m))),
            rule(ANY, "/api/v1/members/{membershipId}/**",
                (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canManageMembership(a, m))),
            rule(READS, "/api/v1/memberships/{membershipId}/**",
                (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canReadMembership(a, m))),
            rule(ANY, "/api/v1/memberships/{membershipId}/**",
                (a, v) -> id(v, "membershipId", MembershipId::new, m -> policy.canManageMembership(a, m))),
            rule(READS, "/api/v1/programs/{programId}/**",
                (a, v) -> id(v, "programId", ProgramId::new, p -> policy.canReadProgram(a, p))),
            rule(ANY, "/api/v1/programs/{programId}/**",
                (a, v) -> id(v, "programId", ProgramId::new, p -> policy.canManageProgram(a, p))),
            rule(READS, "/api/v1/events/{eventId}/**",
                (a, v) -> id(v, "eventId", EventId::new, e -> policy.canReadEvent(a, e))),
            rule(ANY, "/api/v1/events/{eventId}/**",
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
    PathContainer path = PathContainer.parsePath(pathOf(request));
    for (Rule rule : rules) {
      if (rule.methods().isEmpty() || rule.methods().contains(request.getMethod())) {
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
      Map<String, String> variables, String name, Function<UUID, I> type, java.util.function.Predicate<I> decide) {
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
