package org.stepahead.adapter.out.persistence.contract;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.stepahead.application.port.out.Storage;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Port contract: the base of every storage contract test — opens a storage before each test, closes it after, and
 * offers units of work and stored test data. A store's test subclasses a contract and says how to open it.
 */
public abstract class StorageContract {

    /** The storage under test, open for the current test. */
    protected Storage storage;

    /** Opens a storage that is empty, or at least shares no aggregate with another test. */
    protected abstract Storage openStorage();

    /**
     * Gives the storage to read back from, to show that what was committed is really stored: a durable store closes
     * the current one and opens the same database again; by default the same storage is used.
     */
    protected Storage reopenStorage(Storage current) {
        return current;
    }

    @BeforeEach
    void openTheStorage() {
        storage = openStorage();
    }

    @AfterEach
    void closeTheStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    /** Switches to a reopened storage (see {@link #reopenStorage}). */
    protected final void reopen() {
        storage = reopenStorage(storage);
    }

    protected final <T> T inUnit(Supplier<T> work) {
        return storage.unitOfWork().execute(work);
    }

    protected final void inUnit(Runnable work) {
        storage.unitOfWork().run(work);
    }

    /** Compares snapshots field by field, numbers by value (a database may return 70 as 70.00). */
    protected static RecursiveComparisonConfiguration snapshotComparison() {
        return RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .withIgnoredFields("version")
                .build();
    }

    protected final Organization storedOrganization(String name) {
        Organization organization = TestData.organization(name);
        inUnit(() -> storage.organizations().save(organization));
        return storage.organizations().findById(organization.getId()).orElseThrow();
    }

    protected final Educator storedEducator(
            String surname, String givenName, String patronymic, OrganizationId organizationId, ExperienceLevel level) {
        Educator educator = TestData.educator(surname, givenName, patronymic, organizationId, level);
        inUnit(() -> storage.educators().save(educator));
        return storage.educators().findById(educator.getId()).orElseThrow();
    }

    protected final Community storedCommunity(String name, OrganizationId coordinator) {
        Community community = TestData.community(name, coordinator);
        inUnit(() -> storage.communities().save(community));
        return storage.communities().findById(community.getId()).orElseThrow();
    }

    protected final Membership storedMembership(CommunityId communityId, Educator educator, Role... roles) {
        Membership membership = TestData.membership(communityId, educator, roles);
        inUnit(() -> storage.memberships().save(membership));
        return storage.memberships().findById(membership.getId()).orElseThrow();
    }
}
