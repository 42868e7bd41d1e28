package org.stepahead.domain.membership;

import java.time.LocalDate;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Value: a tutor's accompaniment of a tutee, kept on the tutee's membership: the tutor, the tutor functions the
 * work serves, since when and (once ended) until when.
 */
public record TutoringLink(MembershipId tutor, List<TutorFunction> functions, LocalDate since, LocalDate until)
        implements ValueObject {

    public TutoringLink {
        Texts.present(tutor, "tutor");
        Texts.present(since, "since");
        functions = Texts.listOf(functions, "functions").stream()
                .distinct()
                .sorted()
                .toList();
        if (until != null && until.isBefore(since)) {
            throw new DomainRuleViolation("tutoring.endsBeforeStart", since, until);
        }
    }

    /** Whether the tutoring goes on: it has no end day yet. */
    public boolean isActive() {
        return until == null;
    }

    TutoringLink endedOn(LocalDate day) {
        return new TutoringLink(tutor, functions, since, day.isBefore(since) ? since : day);
    }
}
