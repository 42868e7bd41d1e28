package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.community.DayOff;
import org.stepahead.domain.community.Principle;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;

/** Port contract: what every store of communities does, profile and time zone included. */
public abstract class CommunityRepositoryContract extends StorageContract {

    @Test
    void givenCommunityWithFullProfile_saved_readsBackEqualAtVersionOne() {
        Organization coordinator = storedOrganization("ЦВР");
        Organization partner = storedOrganization("Лицей № 2");
        Community community = TestData.fullCommunity(coordinator.getId(), partner.getId());

        long version = inUnit(() -> storage.communities().save(community));
        reopen();

        Community found = storage.communities().findById(community.getId()).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(community.snapshot());
        assertThat(found.profile()).isEqualTo(community.profile());
        assertThat(found.timeZone()).isEqualTo(community.timeZone());
    }

    @Test
    void givenCommunityWithEmptyProfileAndNoTimeZone_saved_readsBackWithDefaults() {
        Organization coordinator = storedOrganization("ЦВР");
        Community community = TestData.community("Клуб", coordinator.getId());

        inUnit(() -> storage.communities().save(community));
        reopen();

        Community found = storage.communities().findById(community.getId()).orElseThrow();
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(community.snapshot());
        assertThat(found.profile()).isEqualTo(CommunityProfile.empty());
        assertThat(found.timeZone()).isEqualTo(Community.DEFAULT_TIME_ZONE);
        assertThat(found.foundingDocument()).isNull();
    }

    @Test
    void givenStoredCommunity_revisedAndSaved_readsBackRevisedAtNextVersion() {
        Organization coordinator = storedOrganization("ЦВР");
        Organization other = storedOrganization("Лицей № 2");
        Community loaded = storedCommunity("Клуб", coordinator.getId());
        CommunityProfile profile = new CommunityProfile(
                "Новая цель",
                List.of("Задача"),
                List.of(),
                List.of(new Principle("принцип открытости")),
                List.of(),
                List.of(Form.WEBINAR),
                List.of(),
                List.of());
        loaded.revise(profile);
        loaded.coordinateBy(other.getId());

        long version = inUnit(() -> storage.communities().save(loaded));
        reopen();

        Community found = storage.communities().findById(loaded.getId()).orElseThrow();
        assertThat(version).isEqualTo(2);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.profile()).isEqualTo(profile);
        assertThat(found.coordinatingOrganization()).isEqualTo(other.getId());
    }

    @Test
    void givenStoredCommunity_itsDaysOffAddedAndRemoved_readBackInOrderAtEachVersion() {
        Organization coordinator = storedOrganization("ЦВР");
        Community loaded = storedCommunity("Клуб", coordinator.getId());
        loaded.addDaysOff(new DayOff(Period.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27)), "карантин"));
        loaded.addDaysOff(new DayOff(Period.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)), "день города"));
        inUnit(() -> storage.communities().save(loaded));
        reopen();

        Community found = storage.communities().findById(loaded.getId()).orElseThrow();
        assertThat(found.daysOff()).isEqualTo(loaded.daysOff());
        assertThat(found.daysOff()).extracting(DayOff::reason).containsExactly("день города", "карантин");

        found.removeDaysOff(LocalDate.of(2026, 11, 2));
        long version = inUnit(() -> storage.communities().save(found));
        reopen();

        assertThat(version).isEqualTo(3);
        assertThat(storage.communities().findById(loaded.getId()).orElseThrow().daysOff())
                .extracting(DayOff::reason)
                .containsExactly("карантин");
    }

    @Test
    void givenStoredCommunity_newOneWithTheSameIdSaved_isAConflict() {
        Organization coordinator = storedOrganization("ЦВР");
        Community stored = storedCommunity("Клуб", coordinator.getId());
        Community duplicate = Community.found(
                stored.getId(), "Другой клуб", stored.kind(), stored.level(), coordinator.getId(), null, null, null);

        assertThatThrownBy(() -> inUnit(() -> storage.communities().save(duplicate)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.communities().findById(stored.getId()).orElseThrow().name())
                .isEqualTo("Клуб");
    }

    @Test
    void givenSeveralStored_findingAll_returnsThemByNameInRussianOrderWithYoAsYe() {
        Organization coordinator = storedOrganization("ЦВР");
        storedCommunity("Школа тьюторов", coordinator.getId());
        storedCommunity("Ёлочка", coordinator.getId());
        storedCommunity("Аист", coordinator.getId());
        storedCommunity("Жаворонок", coordinator.getId());
        storedCommunity("Ежевика", coordinator.getId());

        assertThat(storage.communities().findAll())
                .extracting(Community::name)
                .containsExactly("Аист", "Ежевика", "Ёлочка", "Жаворонок", "Школа тьюторов");
    }

    @Test
    void givenSomeStored_findingAllById_returnsTheExistingOnes() {
        Organization coordinator = storedOrganization("ЦВР");
        Community first = storedCommunity("Первый", coordinator.getId());
        storedCommunity("Второй", coordinator.getId());

        assertThat(storage.communities().findAllById(List.of(first.getId(), CommunityId.random())))
                .extracting(Community::getId)
                .containsExactly(first.getId());
    }
}
