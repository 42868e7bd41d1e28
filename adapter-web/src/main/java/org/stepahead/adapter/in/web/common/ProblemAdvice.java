package org.stepahead.adapter.in.web.common;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;
import tools.jackson.core.JacksonException;

/**
 * Errors as RFC 9457 problem details: invalid fields 400 with an {@code errors} list in the caller's language
 * (Russian unless {@code Accept-Language} asks for English), unknown ids 404, domain refusals 422 with the rule's
 * code, conflicts 409 (412 for a stale {@code If-Match}), an unreachable storage 503. Never a stack trace.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String ENUM_TEMPLATE = "{org.stepahead.web.EnumName.message}";

    private final MessageSource messages;

    public ProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** One invalid field and what is wrong with it. */
    public record FieldProblem(String field, String message) {}

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> invalidCommand(InvalidCommandException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), CommandValidation.render(v.template(), v.attributes(), locale)))
                .toList();
        return invalid(errors, HttpHeaders.EMPTY);
    }

    /** An unknown id (404) or another refusal by a domain rule (422), with the rule's code and message. */
    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<Object> ruleViolated(DomainRuleViolation e) {
        boolean notFound = e instanceof NotFound;
        return problem(
                notFound ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT,
                notFound ? "problem.notFound.title" : "problem.rule.title",
                Messages.ruleMessage(e, LocaleContextHolder.getLocale()),
                Map.of("code", e.code()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, NativeWebRequest request) {
        if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
            return problem(
                    HttpStatus.PRECONDITION_FAILED,
                    "problem.stale.title",
                    text("problem.stale.detail"),
                    Map.of("code", "conflict.staleVersion"));
        }
        return problem(
                HttpStatus.CONFLICT,
                "problem.conflict.title",
                text("problem.conflict.detail"),
                Map.of("code", "conflict.concurrentChange"));
    }

    @ExceptionHandler(ExpectedVersion.MalformedIfMatchException.class)
    ResponseEntity<Object> malformedIfMatch(ExpectedVersion.MalformedIfMatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", text("problem.ifMatch.detail"), Map.of());
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<Object> storageUnavailable(StorageUnavailableException e) {
        LOG.error("Storage unavailable", e);
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "problem.unavailable.title",
                text("problem.unavailable.detail"),
                Map.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> badArgument(IllegalArgumentException e) {
        LOG.debug("Refused argument", e);
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", text("problem.unreadable.detail"), Map.of());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal.title", text("problem.internal.detail"), Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), fieldMessage(error, locale)));
        }
        errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return invalid(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            errors.add(new FieldProblem(path(jackson.getPath()), text("problem.unreadable.field")));
        }
        ProblemDetail body =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.unreadable.detail"));
        body.setTitle(text("problem.invalid.title"));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String value = String.valueOf(e.getValue());
        return invalid(
                List.of(new FieldProblem(
                        field,
                        messages.getMessage(
                                "problem.typeMismatch.field", new Object[] {value}, LocaleContextHolder.getLocale()))),
                headers);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getStatus() >= 500) {
            problem.setDetail(text("problem.internal.detail"));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private String fieldMessage(FieldError error, Locale locale) {
        ConstraintViolation<?> violation = null;
        if (error.contains(ConstraintViolation.class)) {
            violation = error.unwrap(ConstraintViolation.class);
        }
        if (violation == null) {
            return String.valueOf(error.getDefaultMessage());
        }
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = new HashMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((key, value) -> {
            if (value != null && !(value instanceof Class<?>[]) && !(value instanceof Object[])) {
                attributes.put(key, value);
            }
        });
        if (ENUM_TEMPLATE.equals(template)) {
            Class<?> type = (Class<?>)
                    violation.getConstraintDescriptor().getAttributes().get("value");
            return messages.getMessage(
                    "org.stepahead.web.EnumName.message", new Object[] {EnumName.Validator.allowed(type)}, locale);
        }
        return CommandValidation.render(template, attributes, locale);
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors, HttpHeaders headers) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.invalid.detail"));
        body.setTitle(text("problem.invalid.title"));
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(body);
    }

    private ResponseEntity<Object> problem(
            HttpStatus status, String titleKey, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(text(titleKey));
        properties.forEach(body::setProperty);
        return ResponseEntity.status(status).body(body);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
