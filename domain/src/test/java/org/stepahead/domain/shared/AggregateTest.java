package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.organization.OrganizationRegistered;

class AggregateTest {

    @Test
    void givenRecordedEvents_pullEvents_handsThemOverOnce() {
        Organization organization = Organization.register(
                OrganizationId.random(), "Лицей № 2", null, OrganizationKind.LYCEUM, null, false, false);

        assertThat(organization.pullEvents()).singleElement().isInstanceOf(OrganizationRegistered.class);
        assertThat(organization.pullEvents()).isEmpty();
    }

    @Test
    void givenANegativeVersion_restore_isRefused() {
        Organization.Snapshot snapshot = new Organization.Snapshot(
                OrganizationId.random(), -1, "Лицей № 2", null, OrganizationKind.LYCEUM, null, false, false);

        assertRefused(() -> Organization.restore(snapshot), "version.negative");
    }

    @Test
    void givenAStoredVersion_restore_keepsIt() {
        Organization.Snapshot snapshot = new Organization.Snapshot(
                OrganizationId.random(), 7, "Лицей № 2", null, OrganizationKind.LYCEUM, null, false, false);

        Organization organization = Organization.restore(snapshot);

        assertThat(organization.version()).isEqualTo(7);
        assertThat(organization.pullEvents()).isEmpty();
    }
}
