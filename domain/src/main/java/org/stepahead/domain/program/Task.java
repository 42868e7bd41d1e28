package org.stepahead.domain.program;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;

/** Value: one numbered task (задача) of a program. */
public record Task(int number, String text) implements ValueObject {

    public Task {
        if (number < 1) {
            throw new DomainRuleViolation("task.number", number);
        }
        text = Texts.required(text, "task");
    }
}
