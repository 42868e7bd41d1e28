package org.stepahead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.stepahead.domain.shared.DomainRuleViolation;

/** Assertions shared by the tests of every module: a request the model refuses, by the rule's code. */
public final class DomainAssertions {

    private DomainAssertions() {}

    /**
     * Asserts that the call is refused with a {@link DomainRuleViolation} of the given code, and returns it for
     * further checks on its arguments.
     */
    public static DomainRuleViolation assertRefused(ThrowingCallable call, String code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown)
                .as("expected the rule '%s' to refuse the call", code)
                .isInstanceOf(DomainRuleViolation.class);
        DomainRuleViolation violation = (DomainRuleViolation) thrown;
        assertThat(violation.code()).as("the code of the refused rule").isEqualTo(code);
        return violation;
    }
}
