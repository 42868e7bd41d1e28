package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepahead.domain.program.ProgramStatus;

/** A refused rule carries a stable code and its arguments; the domain writes no text for people. */
class DomainRuleViolationTest {

    @Test
    void givenAViolation_codeAndArguments_areKeptAsGiven() {
        DomainRuleViolation violation = new DomainRuleViolation("program.notDraft", ProgramStatus.APPROVED, 2020);

        assertThat(violation.code()).isEqualTo("program.notDraft");
        assertThat(violation.arguments()).containsExactly(ProgramStatus.APPROVED, 2020);
    }

    @Test
    void givenArguments_getMessage_isTheCodeWithTheArguments() {
        DomainRuleViolation violation = new DomainRuleViolation("academicYear.invalid", 3000, ProgramStatus.DRAFT);

        assertThat(violation.getMessage()).isEqualTo("academicYear.invalid [3000, DRAFT]");
    }

    @Test
    void givenNoArguments_getMessage_isTheCode() {
        assertThat(new DomainRuleViolation("program.approve.needsGoal").getMessage())
                .isEqualTo("program.approve.needsGoal");
    }

    @Test
    void givenArgumentsChangedAfterwards_violation_keepsItsOwnCopy() {
        Object[] arguments = {"surname"};
        DomainRuleViolation violation = new DomainRuleViolation("required", arguments);

        arguments[0] = "changed";
        violation.arguments()[0] = "changed too";

        assertThat(violation.arguments()).containsExactly("surname");
    }

    @Test
    void givenNotFound_code_isNotFound_withWhatAndTheId() {
        NotFound notFound = new NotFound("stage", 7);

        assertThat(notFound).isInstanceOf(DomainRuleViolation.class);
        assertThat(notFound.code()).isEqualTo("notFound");
        assertThat(notFound.arguments()).containsExactly("stage", "7");
    }
}
