package org.stepahead.application.archfixture;

import java.util.List;
import org.stepahead.application.port.in.archfixture.RegisterThingCommand;
import org.stepahead.domain.shared.DomainRuleViolation;

/** Architecture fixture: an application class that uses only Java, the domain and the application. */
public class ApplicationClassUsingTheDomain {

    public List<String> names(RegisterThingCommand command) {
        if (command.name().isBlank()) {
            throw new DomainRuleViolation("name.blank");
        }
        return List.of(command.name());
    }
}
