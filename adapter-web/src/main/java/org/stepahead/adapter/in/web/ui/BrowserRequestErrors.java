package org.stepahead.adapter.in.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.adapter.in.web.security.BrowserSecurityConfiguration;

/**
 * Requests no page controller took: an unknown address, a method or a body type a page does not take. On a browser
 * path the status goes to the servlet container's error page ({@link ErrorPages}, the site's own page); on the API's
 * paths the answer is the API's problem details, exactly as {@link ProblemAdvice} gives them.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BrowserRequestErrors {

    private final ProblemAdvice problems;

    public BrowserRequestErrors(ProblemAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler({
        NoResourceFoundException.class,
        NoHandlerFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class
    })
    ResponseEntity<Object> unhandled(
            Exception e, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!BrowserSecurityConfiguration.isBrowserPath(path)) {
            return problems.handleException(e, webRequest);
        }
        response.sendError(((ErrorResponse) e).getStatusCode().value());
        return null;
    }
}
