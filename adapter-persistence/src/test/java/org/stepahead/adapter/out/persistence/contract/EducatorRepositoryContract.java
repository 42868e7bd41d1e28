package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.shared.PersonName;

/** Port contract: what every store of educators does. */
public abstract class EducatorRepositoryContract extends StorageContract {

    @Test
    void givenNewEducator_saved_readsBackEqualAtVersionOne() {
        Organization school = storedOrganization("Лицей № 2");
        Educator educator = TestData.fullEducator(school.getId());

        long version = inUnit(() -> storage.educators().save(educator));
        reopen();

        Educator found = storage.educators().findById(educator.getId()).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(educator.snapshot());
    }

    @Test
    void givenEducatorWithoutOrganizationPatronymicOrEmail_saved_readsBackWithThemMissing() {
        Educator educator = Educator.register(
                EducatorId.random(), new PersonName("Ли", "Анна", null), null, null, ExperienceLevel.YOUNG, null);

        inUnit(() -> storage.educators().save(educator));
        reopen();

        Educator found = storage.educators().findById(educator.getId()).orElseThrow();
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(educator.snapshot());
        assertThat(found.organizationId()).isNull();
        assertThat(found.name().patronymic()).isNull();
    }

    @Test
    void givenStoredEducator_movedAndSaved_readsBackMovedAtNextVersion() {
        Organization first = storedOrganization("Лицей № 2");
        Organization second = storedOrganization("Школа № 5");
        Educator loaded = storedEducator("Иванова", "Анна", "Андреевна", first.getId(), ExperienceLevel.YOUNG);
        loaded.moveTo(second.getId(), "педагог-психолог");
        loaded.changeExperience(ExperienceLevel.INEXPERIENCED);

        long version = inUnit(() -> storage.educators().save(loaded));
        reopen();

        Educator found = storage.educators().findById(loaded.getId()).orElseThrow();
        assertThat(version).isEqualTo(2);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.organizationId()).isEqualTo(second.getId());
        assertThat(found.position()).isEqualTo("педагог-психолог");
        assertThat(found.experience()).isEqualTo(ExperienceLevel.INEXPERIENCED);
    }

    @Test
    void givenStoredEducator_newOneWithTheSameIdSaved_isAConflict() {
        Educator stored = storedEducator("Иванова", "Анна", null, null, ExperienceLevel.YOUNG);
        Educator duplicate = Educator.register(
                stored.getId(), new PersonName("Петров", "Пётр", null), null, null, ExperienceLevel.EXPERIENCED, null);

        assertThatThrownBy(() -> inUnit(() -> storage.educators().save(duplicate)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.educators()
                        .findById(stored.getId())
                        .orElseThrow()
                        .name()
                        .surname())
                .isEqualTo("Иванова");
    }

    @Test
    void givenSomeStored_findingAllById_returnsTheExistingOnes() {
        Educator first = storedEducator("Иванова", "Анна", null, null, ExperienceLevel.YOUNG);
        Educator second = storedEducator("Петров", "Пётр", null, null, ExperienceLevel.EXPERIENCED);

        List<Educator> found =
                storage.educators().findAllById(List.of(second.getId(), EducatorId.random(), first.getId()));

        assertThat(found).extracting(Educator::getId).containsExactlyInAnyOrder(first.getId(), second.getId());
    }

    @Test
    void givenManyNewEducatorsAndAChangedStoredOne_savedAll_newOnesReadBackAtVersionOneAndTheChangedAtTwo() {
        Organization school = storedOrganization("Лицей № 2");
        Educator stored = storedEducator("Иванова", "Анна", null, school.getId(), ExperienceLevel.YOUNG);
        stored.changeExperience(ExperienceLevel.EXPERIENCED);
        List<Educator> fresh = java.util.stream.IntStream.range(0, 250)
                .mapToObj(i -> TestData.educator("Петрова" + i, "Мария", null, school.getId(), ExperienceLevel.YOUNG))
                .toList();
        List<Educator> all = new java.util.ArrayList<>(fresh);
        all.add(stored);

        inUnit(() -> storage.educators().saveAll(all));
        reopen();

        List<Educator> found = storage.educators()
                .findAllById(fresh.stream().map(Educator::getId).toList());
        assertThat(found).hasSize(250).allSatisfy(e -> assertThat(e.version()).isEqualTo(1));
        assertThat(storage.educators().findById(stored.getId()).orElseThrow().version())
                .isEqualTo(2);
        assertThat(storage.educators().findById(stored.getId()).orElseThrow().experience())
                .isEqualTo(ExperienceLevel.EXPERIENCED);
    }

    @Test
    void givenAStaleCopyAmongNewEducators_savedAll_isAConflictAndNoneIsKept() {
        Educator stored = storedEducator("Иванова", "Анна", null, null, ExperienceLevel.YOUNG);
        Educator stale = storage.educators().findById(stored.getId()).orElseThrow();
        inUnit(() -> storage.educators().save(stored));
        Educator fresh = TestData.educator("Петрова", "Мария", null, null, ExperienceLevel.YOUNG);

        assertThatThrownBy(() -> inUnit(() -> storage.educators().saveAll(List.of(fresh, stale))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(storage.educators().findById(fresh.getId())).isEmpty();
    }
}
