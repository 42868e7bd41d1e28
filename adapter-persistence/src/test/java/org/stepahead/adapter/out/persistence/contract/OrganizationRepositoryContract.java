package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/** Port contract: what every store of organizations does. */
public abstract class OrganizationRepositoryContract extends StorageContract {

    @Test
    void givenNewOrganization_saved_readsBackEqualAtVersionOne() {
        Organization organization = TestData.fullOrganization();

        long version = inUnit(() -> storage.organizations().save(organization));
        reopen();

        Organization found =
                storage.organizations().findById(organization.getId()).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(organization.snapshot());
    }

    @Test
    void givenNothingStored_findingById_findsNothing() {
        assertThat(storage.organizations().findById(OrganizationId.random())).isEmpty();
    }

    @Test
    void givenStoredOrganization_changedAndSaved_readsBackChangedAtNextVersion() {
        Organization loaded = storedOrganization("Школа № 5");
        loaded.rename("Средняя школа № 5", "СШ № 5");
        loaded.flag(true, false);

        long version = inUnit(() -> storage.organizations().save(loaded));
        reopen();

        Organization found = storage.organizations().findById(loaded.getId()).orElseThrow();
        assertThat(version).isEqualTo(2);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.name()).isEqualTo("Средняя школа № 5");
        assertThat(found.shortName()).isEqualTo("СШ № 5");
        assertThat(found.lowResults()).isTrue();
    }

    @Test
    void givenStoredOrganization_newOneWithTheSameIdSaved_isAConflict() {
        Organization stored = storedOrganization("Школа № 5");
        Organization duplicate =
                Organization.register(stored.getId(), "Другая школа", null, stored.kind(), null, false, false);

        assertThatThrownBy(() -> inUnit(() -> storage.organizations().save(duplicate)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.organizations()
                        .findById(stored.getId())
                        .orElseThrow()
                        .name())
                .isEqualTo("Школа № 5");
    }

    @Test
    void givenLoadedOrganization_mutatedWithoutSaving_storedOneIsUnchanged() {
        Organization loaded = storedOrganization("Школа № 5");

        loaded.rename("Изменено, но не сохранено", null);

        Organization again = storage.organizations().findById(loaded.getId()).orElseThrow();
        assertThat(again.name()).isEqualTo("Школа № 5");
        assertThat(again.version()).isEqualTo(1);
    }

    @Test
    void givenOrganizationSaved_mutatedAfterSavingInTheSameUnit_changeIsNotStored() {
        Organization organization = TestData.organization("Школа № 5");

        inUnit(() -> {
            storage.organizations().save(organization);
            organization.rename("Изменено после сохранения", null);
        });

        assertThat(storage.organizations()
                        .findById(organization.getId())
                        .orElseThrow()
                        .name())
                .isEqualTo("Школа № 5");
    }

    @Test
    void givenSomeStored_findingAllById_returnsTheExistingOnes() {
        Organization first = storedOrganization("Школа № 1");
        Organization second = storedOrganization("Школа № 2");
        storedOrganization("Школа № 3");

        List<Organization> found =
                storage.organizations().findAllById(List.of(first.getId(), OrganizationId.random(), second.getId()));

        assertThat(found).extracting(Organization::getId).containsExactlyInAnyOrder(first.getId(), second.getId());
    }

    @Test
    void givenNoIds_findingAllById_returnsNothing() {
        storedOrganization("Школа № 1");

        assertThat(storage.organizations().findAllById(List.of())).isEmpty();
    }

    @Test
    void givenSeveralStored_findingAll_returnsThemByNameInRussianOrderWithYoAsYe() {
        storedOrganization("Школа № 5");
        storedOrganization("Ёлочка, детский сад");
        storedOrganization("Гимназия № 1");
        storedOrganization("Жемчужина, центр");
        storedOrganization("Ежевика, центр");

        assertThat(storage.organizations().findAll())
                .extracting(Organization::name)
                .containsExactly(
                        "Гимназия № 1", "Ежевика, центр", "Ёлочка, детский сад", "Жемчужина, центр", "Школа № 5");
    }
}
