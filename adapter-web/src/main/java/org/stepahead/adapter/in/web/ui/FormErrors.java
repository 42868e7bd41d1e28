package org.stepahead.adapter.in.web.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.Violation;
import org.stepahead.domain.shared.DomainRuleViolation;

/**
 * Puts a refusal of a use case onto a form: each invalid command field beside the form field of the same name (or
 * the one named in {@code aliases}), a domain rule beside the field its code names in {@code rules}, anything else at
 * the top of the form. Unknown ids ({@link org.stepahead.domain.shared.NotFound}) are not a form problem and go on.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Checks a form's Jakarta Validation constraints with the application's validator and messages (so they come in
     * the reader's language like the use cases' own), adding each problem beside its field unless binding already
     * found one there (an unreadable date). True when the form has no error at all.
     */
    private static boolean valid(Object form, BindingResult errors) {
        try {
            CommandValidation.validate(form);
        } catch (InvalidCommandException invalid) {
            Locale locale = LocaleContextHolder.getLocale();
            for (Violation violation : invalid.violations()) {
                String field = nestedField(violation.field(), form);
                if (!errors.hasFieldErrors(field)) {
                    rejectField(
                            form,
                            errors,
                            field,
                            "invalid",
                            CommandValidation.render(violation.template(), violation.attributes(), locale));
                }
            }
        }
        return !errors.hasErrors();
    }

    /**
     * The round trip of every form: invalid input → the form again with its messages; otherwise the use case runs and
     * its redirect is answered; a refusal → the form again with the refusal beside its field (see {@link #reject}).
     */
    public static String submit(
            Object form,
            BindingResult errors,
            Supplier<String> formAgain,
            Map<String, String> aliases,
            Map<String, String> rules,
            Supplier<String> action) {
        if (!valid(form, errors)) {
            return formAgain.get();
        }
        try {
            return action.get();
        } catch (RuntimeException refusal) {
            reject(refusal, form, errors, aliases, rules);
            return formAgain.get();
        }
    }

    /** Records the refusal in {@code errors}; rethrows what is not a refusal of the input. */
    private static void reject(
            RuntimeException refusal,
            Object form,
            BindingResult errors,
            Map<String, String> aliases,
            Map<String, String> rules) {
        Locale locale = LocaleContextHolder.getLocale();
        if (refusal instanceof InvalidCommandException invalid) {
            for (Violation violation : invalid.violations()) {
                String message = CommandValidation.render(violation.template(), violation.attributes(), locale);
                String field = formField(violation.field(), aliases, form);
                if (field == null) {
                    errors.reject("invalid", message);
                } else {
                    rejectField(form, errors, field, "invalid", message);
                }
            }
        } else if (refusal instanceof org.stepahead.domain.shared.NotFound) {
            throw refusal;
        } else if (refusal instanceof DomainRuleViolation rule) {
            String field = rules.get(rule.code());
            if (field != null && hasField(form, field)) {
                rejectField(form, errors, field, "rule." + rule.code(), Messages.ruleMessage(rule, locale));
            } else {
                errors.reject("rule." + rule.code(), Messages.ruleMessage(rule, locale));
            }
        } else if (refusal instanceof ConflictException) {
            errors.reject("ui.conflict");
        } else {
            throw refusal;
        }
    }

    /**
     * The form field a violation's path names: a property of a row of a list of the form ("agenda[1].topic") as it
     * is, when the form has it; else the path's first part ("tasks[0]" → "tasks").
     */
    private static String nestedField(String path, Object form) {
        return path.matches("\\w+\\[\\d+]\\.\\w+") && hasField(form, path) ? path : path.split("[.\\[]", 2)[0];
    }

    private static String formField(String path, Map<String, String> aliases, Object form) {
        String head = path.split("[.\\[]", 2)[0];
        String field = aliases.getOrDefault(path, aliases.getOrDefault(head, head));
        return hasField(form, field) ? field : null;
    }

    private static boolean hasField(Object form, String field) {
        return form != null && new BeanWrapperImpl(form).isReadableProperty(field);
    }

    /**
     * A message beside a field. When binding could not read every input of a record form (an unreadable date), the
     * binder built the form without the unreadable values and its errors have no target: the field error then carries
     * the form's value itself.
     */
    private static void rejectField(Object form, BindingResult errors, String field, String code, String message) {
        if (errors.getTarget() != null) {
            errors.rejectValue(field, code, message);
        } else {
            errors.addError(new FieldError(
                    errors.getObjectName(),
                    field,
                    new BeanWrapperImpl(form).getPropertyValue(field),
                    false,
                    errors.resolveMessageCodes(code, field),
                    null,
                    message));
        }
    }
}
