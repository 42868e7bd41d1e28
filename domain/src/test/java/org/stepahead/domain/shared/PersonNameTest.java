package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void givenNoSurname_create_isRefused(String surname) {
        DomainRuleViolation violation = assertRefused(() -> new PersonName(surname, "Елена", null), "required");

        assertThat(violation.arguments()).containsExactly("surname");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void givenNoGivenName_create_isRefused(String givenName) {
        DomainRuleViolation violation = assertRefused(() -> new PersonName("Филатова", givenName, null), "required");

        assertThat(violation.arguments()).containsExactly("givenName");
    }

    @Test
    void givenPaddedParts_create_trimsThem() {
        PersonName name = new PersonName("  Филатова ", " Елена", " Николаевна  ");

        assertThat(name.surname()).isEqualTo("Филатова");
        assertThat(name.givenName()).isEqualTo("Елена");
        assertThat(name.patronymic()).isEqualTo("Николаевна");
    }

    @Test
    void givenABlankPatronymic_create_hasNone() {
        PersonName name = new PersonName("Смит", "Анна", "  ");

        assertThat(name.patronymic()).isNull();
        assertThat(name.full()).isEqualTo("Смит Анна");
        assertThat(name.withInitials()).isEqualTo("Смит А.");
    }

    @Test
    void givenAFullName_full_andWithInitials_writeItAsDocumentsDo() {
        PersonName name = new PersonName("Филатова", "Елена", "Николаевна");

        assertThat(name.full()).isEqualTo("Филатова Елена Николаевна");
        assertThat(name.withInitials()).isEqualTo("Филатова Е.Н.");
    }
}
