package org.stepahead.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepahead.domain.TestData;

class OrganizationTest {

    private static Organization register(String name, String shortName) {
        return Organization.register(
                OrganizationId.random(), name, shortName, OrganizationKind.SCHOOL, " г. Тамбов ", true, false);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void givenNoName_register_isRefused(String name) {
        assertRefused(() -> register(name, null), "required");
    }

    @Test
    void givenNoKind_register_isRefused() {
        assertRefused(
                () -> Organization.register(OrganizationId.random(), "Школа", null, null, null, false, false),
                "required");
    }

    @Test
    void givenPaddedNames_register_trimsThem() {
        Organization organization = register("  МБОУ  СОШ № 1 ", " СОШ 1 ");

        assertThat(organization.name()).isEqualTo("МБОУ СОШ № 1");
        assertThat(organization.shortName()).isEqualTo("СОШ 1");
        assertThat(organization.municipality()).isEqualTo("г. Тамбов");
        assertThat(organization.lowResults()).isTrue();
        assertThat(organization.pullEvents())
                .containsExactly(new OrganizationRegistered(organization.getId(), "МБОУ СОШ № 1"));
    }

    @Test
    void givenAShortName_displayName_isTheShortName() {
        assertThat(register("МБОУ СОШ № 1", "СОШ 1").displayName()).isEqualTo("СОШ 1");
        assertThat(register("МБОУ СОШ № 1", " ").displayName()).isEqualTo("МБОУ СОШ № 1");
    }

    @Test
    void givenABlankName_rename_isRefusedAndKeepsTheName() {
        Organization organization = TestData.organization("Лицей № 2");

        assertRefused(() -> organization.rename(" ", "Л2"), "required");
        assertThat(organization.name()).isEqualTo("Лицей № 2");
    }

    @Test
    void givenANewName_rename_trimsIt() {
        Organization organization = TestData.organization("Лицей № 2");

        organization.rename(" Лицей № 3 ", null);

        assertThat(organization.name()).isEqualTo("Лицей № 3");
    }

    @Test
    void givenFlags_flag_marksLowResultsAndHardConditions() {
        Organization organization = TestData.school();

        organization.flag(true, true);

        assertThat(organization.lowResults()).isTrue();
        assertThat(organization.hardSocialConditions()).isTrue();
    }

    @Test
    void givenAnOrganization_restoreOfSnapshot_isTheSame() {
        Organization organization = TestData.school();

        assertThat(Organization.restore(organization.snapshot()).snapshot()).isEqualTo(organization.snapshot());
    }
}
