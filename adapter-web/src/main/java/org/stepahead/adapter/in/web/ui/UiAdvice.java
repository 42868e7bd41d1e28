package org.stepahead.adapter.in.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

/**
 * What every page needs (the signed-in user, the language, the htmx CSRF header) and the error pages of the browser
 * UI. It comes before the API's problem+json advice, and only for the page controllers.
 */
@ControllerAdvice(basePackageClasses = UiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UiAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(UiAdvice.class);

    private final Labels labels;
    private final AccessPolicy accessPolicy;

    public UiAdvice(Labels labels, AccessPolicy accessPolicy) {
        this.labels = labels;
        this.accessPolicy = accessPolicy;
    }

    @ModelAttribute
    void common(Model model, Principal principal, HttpServletRequest request) {
        model.addAllAttributes(basics(principal, request, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    /**
     * What every page needs, also an error page rendered outside the page controllers: the signed-in user, the
     * viewer's rights, the language, the same page in the other language (from {@code page}), the htmx CSRF header.
     */
    Map<String, Object> basics(Principal principal, HttpServletRequest request, UriComponentsBuilder page) {
        Map<String, Object> basics = new HashMap<>();
        basics.put("currentUser", principal == null ? null : principal.getName());
        basics.put(
                "viewer",
                new Viewer(accessPolicy, SecurityContextHolder.getContext().getAuthentication()));
        basics.put("lang", LocaleContextHolder.getLocale().getLanguage());
        basics.put("labels", labels);
        basics.put("langRu", sameRequestIn(page, "ru"));
        basics.put("langEn", sameRequestIn(page, "en"));
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            basics.put("htmxHeaders", "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}");
        }
        return basics;
    }

    /** The page asked for, in another language (a relative link: path and query). */
    private static String sameRequestIn(UriComponentsBuilder page, String language) {
        UriComponents uri =
                page.cloneBuilder().replaceQueryParam("lang", language).build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    /** The page the visitor came from on this site (path and query), for a link back; null when unknown. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getRawPath() == null || !request.getServerName().equalsIgnoreCase(uri.getHost())) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** An unknown id (named by its kind, never by the id), or a path or query value of the wrong type (also one read into a parameter record). */
    @ExceptionHandler({NotFound.class, TypeMismatchException.class, BindException.class})
    String notFound(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String message = e instanceof NotFound notFound
                ? labels.textOr("ui.notFound." + notFound.arguments()[0], "ui.error.somethingNotFound")
                : labels.text("ui.error.notFound");
        return errorPage(HttpStatus.NOT_FOUND, message, model, request, response);
    }

    @ExceptionHandler(DomainRuleViolation.class)
    String refused(DomainRuleViolation e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return errorPage(
                HttpStatus.UNPROCESSABLE_CONTENT,
                Messages.ruleMessage(e, LocaleContextHolder.getLocale()),
                model,
                request,
                response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return errorPage(HttpStatus.CONFLICT, labels.text("ui.conflict"), model, request, response);
    }

    @ExceptionHandler(StorageUnavailableException.class)
    String unavailable(
            StorageUnavailableException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("Storage unavailable", e);
        return errorPage(HttpStatus.SERVICE_UNAVAILABLE, labels.text("ui.error.unavailable"), model, request, response);
    }

    @ExceptionHandler(RuntimeException.class)
    String unexpected(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("Unexpected failure on a page", e);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR, labels.text("ui.error.internal"), model, request, response);
    }

    /** The error page with its status and message, and what every page needs (exception handlers get a new model). */
    private String errorPage(
            HttpStatus status, String message, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status.value());
        common(model, request.getUserPrincipal(), request);
        model.addAttribute("message", message);
        model.addAttribute("back", back(request));
        return "error-page";
    }
}
