package org.stepahead.adapter.out.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepahead.adapter.out.persistence.contract.TestData;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.domain.organization.Organization;

/** Adapter test: the memory storage provider, found through ServiceLoader; named and unnamed stores. */
class InMemoryStorageProviderTest {

    private static Organization storedIn(Storage storage, String name) {
        Organization organization = TestData.organization(name);
        storage.unitOfWork().run(() -> storage.organizations().save(organization));
        return organization;
    }

    @Test
    void givenMemoryLocation_findingAProvider_opensAnInMemoryStorageThroughServiceLoader() {
        try (Storage storage = StorageProvider.find("memory:")) {
            assertThat(storage).isInstanceOf(InMemoryStorage.class);
            assertThat(storage.description()).isEqualTo("memory");
        }
    }

    @Test
    void givenProvider_askedWhatItOpens_supportsMemoryLocationsOnly() {
        StorageProvider provider = new InMemoryStorageProvider();

        assertThat(provider.name()).isEqualTo("memory");
        assertThat(provider.supports("memory:")).isTrue();
        assertThat(provider.supports("memory:demo")).isTrue();
        assertThat(provider.supports("jdbc:h2:mem:x")).isFalse();
        assertThat(provider.supports(null)).isFalse();
        assertThatThrownBy(() -> provider.open("jdbc:h2:mem:x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenUnknownLocation_findingAProvider_failsAsUnavailable() {
        assertThatThrownBy(() -> StorageProvider.find("nowhere:at-all"))
                .isInstanceOf(StorageUnreachableException.class);
    }

    @Test
    void givenTwoPlainMemoryLocations_opened_shareNothing() {
        try (Storage first = StorageProvider.find("memory:");
                Storage second = StorageProvider.find("memory:")) {
            Organization organization = storedIn(first, "Лицей № 2");

            assertThat(first.organizations().findById(organization.getId())).isPresent();
            assertThat(second.organizations().findById(organization.getId())).isEmpty();
        }
    }

    @Test
    void givenTheSameNameOpenedTwice_aWriteThroughOne_isSeenThroughTheOther() {
        String name = "shared-" + UUID.randomUUID();
        Organization organization;
        try (Storage first = StorageProvider.find("memory:" + name)) {
            organization = storedIn(first, "Лицей № 2");
            assertThat(first.description()).isEqualTo("memory:" + name);
        }
        try (Storage second = StorageProvider.find("memory:" + name);
                Storage other = StorageProvider.find("memory:other-" + UUID.randomUUID())) {
            assertThat(second.organizations().findById(organization.getId())).isPresent();
            assertThat(other.organizations().findById(organization.getId())).isEmpty();
        }
    }
}
