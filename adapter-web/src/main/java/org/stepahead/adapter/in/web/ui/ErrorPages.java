package org.stepahead.adapter.in.web.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepahead.adapter.in.web.security.BrowserSecurityConfiguration;

/**
 * The error page of the browser UI for what reaches Spring Boot's {@code /error} rather than a page controller: an
 * unknown address (404), a refusal of the security chain (403, also a form sent without its CSRF token), a wrong
 * method or request (405, 400) and any other failure (500). The page is the site's own, in the page's language, with a
 * friendly sentence and a way back; the status stays. HTML requests for the API's paths keep Spring Boot's default.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

    private final UiAdvice ui;
    private final Labels labels;

    public ErrorPages(UiAdvice ui, Labels labels) {
        this.ui = ui;
        this.labels = labels;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(Math.min(request.getContextPath().length(), uri.length()))
                : "/";
        if (!BrowserSecurityConfiguration.isBrowserPath(path)) {
            return null;
        }
        Map<String, Object> page = ui.basics(
                request.getUserPrincipal(),
                request,
                ServletUriComponentsBuilder.fromCurrentContextPath().path(path));
        page.put("message", labels.text(messageKey(status)));
        page.put("back", UiAdvice.back(request));
        return new ModelAndView("error-page", page, status);
    }

    /** The sentence for the status: a missing page, a refusal, a request that went wrong, a failure of ours. */
    static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "ui.error.notFound";
            case FORBIDDEN, UNAUTHORIZED -> "ui.error.forbidden";
            case SERVICE_UNAVAILABLE -> "ui.error.unavailable";
            default -> status.is4xxClientError() ? "ui.error.badRequest" : "ui.error.internal";
        };
    }
}
