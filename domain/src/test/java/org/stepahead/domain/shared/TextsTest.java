package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void givenPaddedText_required_trimsAndCollapsesSpaces() {
        assertThat(Texts.required("  Клуб \n «На шаг   впереди» ", "name")).isEqualTo("Клуб «На шаг впереди»");
    }

    @Test
    void givenBlankText_required_isRefusedNamingTheField() {
        DomainRuleViolation violation = assertRefused(() -> Texts.required(" ", "name"), "required");

        assertThat(violation.arguments()).containsExactly("name");
    }

    @Test
    void givenBlankText_optional_isNull() {
        assertThat(Texts.optional(" \t")).isNull();
        assertThat(Texts.optional(null)).isNull();
        assertThat(Texts.optional(" a  b ")).isEqualTo("a b");
    }

    @Test
    void givenAListWithANull_listOf_isRefused() {
        assertRefused(() -> Texts.listOf(Arrays.asList("a", null), "tasks"), "required");
        assertThat(Texts.listOf(null, "tasks")).isEmpty();
        assertThat(Texts.listOf(List.of("a"), "tasks")).containsExactly("a");
    }
}
