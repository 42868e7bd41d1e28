package org.stepahead.adapter.in.web.ui;

import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

/**
 * A button's action without a form of its own: runs the use case and leaves a notice for the page the browser goes
 * back to, or the reason it was refused. An unknown id is not a refusal and goes on to the error page.
 */
public final class Actions {

    private Actions() {}

    /** Runs the action; its result is the notice to show (none for null). */
    public static void run(RedirectAttributes redirect, Labels labels, Supplier<String> action) {
        try {
            String notice = action.get();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (NotFound unknown) {
            throw unknown;
        } catch (DomainRuleViolation rule) {
            redirect.addFlashAttribute("problem", Messages.ruleMessage(rule, LocaleContextHolder.getLocale()));
        } catch (InvalidCommandException invalid) {
            redirect.addFlashAttribute("problem", String.join("; ", invalid.messages(LocaleContextHolder.getLocale())));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", labels.text("ui.conflict"));
        }
    }
}
