package org.stepahead.domain.educator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepahead.domain.TestData;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.PersonName;

class EducatorTest {

    private static Educator register(PersonName name, ExperienceLevel experience, String email) {
        return Educator.register(
                EducatorId.random(), name, OrganizationId.random(), " классный  руководитель ", experience, email);
    }

    @Test
    void givenNoName_register_isRefused() {
        assertRefused(() -> register(null, ExperienceLevel.EXPERIENCED, null), "required");
    }

    @Test
    void givenNoExperience_register_isRefused() {
        assertRefused(() -> register(TestData.personName(), null, null), "required");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {"filatova", "filatova@school", "@school.ru", "filatova@", "f ilatova@school.ru", "a@b@school.ru"
            })
    void givenAMalformedEmail_register_isRefused(String email) {
        assertRefused(() -> register(TestData.personName(), ExperienceLevel.EXPERIENCED, email), "educator.email");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"filatova@school1.ru", "e.n.filatova@tambov.edu.ru", " filatova@school1.ru "})
    void givenAWellFormedEmail_register_keepsItTrimmed(String email) {
        Educator educator = register(TestData.personName(), ExperienceLevel.EXPERIENCED, email);

        assertThat(educator.email()).isEqualTo(email.strip());
    }

    @Test
    void givenNoEmail_register_hasNone() {
        assertThat(register(TestData.personName(), ExperienceLevel.YOUNG, "  ").email())
                .isNull();
    }

    @Test
    void givenAnEducator_register_trimsThePositionAndRecordsTheEvent() {
        Educator educator = register(TestData.personName(), ExperienceLevel.YOUNG, null);

        assertThat(educator.position()).isEqualTo("классный руководитель");
        assertThat(educator.pullEvents())
                .containsExactly(new EducatorRegistered(educator.getId(), educator.organizationId()));
    }

    @ParameterizedTest(name = "{0} is a novice: {1}")
    @CsvSource({"YOUNG, true", "INEXPERIENCED, true", "EXPERIENCED, false"})
    void givenAnExperienceLevel_isNovice_onlyForYoungAndInexperienced(ExperienceLevel level, boolean novice) {
        assertThat(level.isNovice()).isEqualTo(novice);
    }

    @Test
    void givenThreeLevels_experience_isOneOfThem() {
        assertThat(ExperienceLevel.values())
                .containsExactly(ExperienceLevel.YOUNG, ExperienceLevel.INEXPERIENCED, ExperienceLevel.EXPERIENCED);
    }

    @Test
    void givenNoLevel_changeExperience_isRefused() {
        Educator educator = TestData.educator(ExperienceLevel.YOUNG);

        assertRefused(() -> educator.changeExperience(null), "required");
        educator.changeExperience(ExperienceLevel.EXPERIENCED);

        assertThat(educator.experience()).isEqualTo(ExperienceLevel.EXPERIENCED);
    }

    @Test
    void givenAnEducator_moveTo_changesOrganizationAndPosition() {
        Educator educator = TestData.educator(ExperienceLevel.EXPERIENCED);
        OrganizationId lyceum = OrganizationId.random();

        educator.moveTo(lyceum, " учитель истории ");

        assertThat(educator.organizationId()).isEqualTo(lyceum);
        assertThat(educator.position()).isEqualTo("учитель истории");
    }

    @Test
    void givenAStoredMalformedEmail_restore_isRefused() {
        Educator.Snapshot snapshot = new Educator.Snapshot(
                EducatorId.random(), 1, TestData.personName(), null, null, ExperienceLevel.EXPERIENCED, "nobody");

        assertRefused(() -> Educator.restore(snapshot), "educator.email");
    }

    @Test
    void givenAnEducator_restoreOfSnapshot_isTheSame() {
        Educator educator = TestData.educator(ExperienceLevel.INEXPERIENCED);

        assertThat(Educator.restore(educator.snapshot()).snapshot()).isEqualTo(educator.snapshot());
    }
}
