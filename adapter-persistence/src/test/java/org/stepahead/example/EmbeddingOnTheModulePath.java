package org.stepahead.example;

import java.time.Clock;
import java.util.Locale;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.DomainRuleViolation;

/**
 * Runs {@link EmbeddingExample}, a refused command and a rule's message, and prints what came out and where the
 * library classes came from (for the module-path test).
 */
public final class EmbeddingOnTheModulePath {

    public static void main(String[] args) {
        ProgramOverview overview = EmbeddingExample.run(args[0]);
        System.out.println("application module: " + StepAhead.class.getModule().getName());
        System.out.println("domain module: " + Program.class.getModule().getName());
        System.out.println("program: " + overview.title());
        try (Storage storage = StorageProvider.find("memory:")) {
            StepAhead app = StepAhead.create(storage, Clock.systemDefaultZone());
            app.registerOrganization()
                    .register(new RegisterOrganizationCommand(" ", null, OrganizationKind.SCHOOL, null, false, false));
        } catch (InvalidCommandException refused) {
            System.out.println("refused: " + refused.messages(Locale.forLanguageTag("ru")));
            System.out.println("refused in English: " + refused.messages(Locale.ENGLISH));
        }
        System.out.println(
                "rule: " + Messages.ruleMessage(new DomainRuleViolation("required", "name"), Locale.ENGLISH));
    }

    private EmbeddingOnTheModulePath() {}
}
