package org.stepahead.domain.archfixture.allowlist;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.DomainRuleViolation;

/** Architecture fixture: a domain value that uses only Java, jMolecules and the domain. */
public record ConformingDomainValue(LocalDate day, List<String> names) implements ValueObject, Serializable {

    public ConformingDomainValue {
        if (names.isEmpty()) {
            throw new DomainRuleViolation("names.empty");
        }
    }

    public static RuntimeException wrap(UncheckedIOException failure) {
        return failure;
    }
}
