package org.stepahead.adapter.in.web.boot;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mapping, asking each mapping about the path before anything else.
 *
 * <p>A path with variables ({@code /api/v1/programs/{id}}) is not found by a direct look-up, so Spring MVC asks every
 * mapping of the service whether it matches, and a mapping asks first about the HTTP method and CORS pre-flight —
 * reading the method and two headers through every request wrapper of the security filters, for each of some two
 * hundred mappings. Under load that was a quarter of a cached program overview's time (docs/performance.md). Asking
 * the path first turns almost every mapping away with one comparison. The answer is the same: a mapping matches
 * only when all its conditions do, and the path is one of them.
 */
final class PathFirstRequestMapping extends RequestMappingHandlerMapping {

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths != null && paths.getMatchingCondition(request) == null) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }
}
