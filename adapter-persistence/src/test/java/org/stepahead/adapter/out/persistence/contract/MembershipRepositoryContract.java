package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.shared.TutorFunction;

/** Port contract: what every store of memberships does — tutoring links, current and former members, tutees. */
public abstract class MembershipRepositoryContract extends StorageContract {

    private Organization school;
    private Community community;
    private Community otherCommunity;
    private Educator tutorEducator;
    private Educator novice;
    private Educator another;

    @BeforeEach
    void givenCommunitiesAndEducators() {
        school = storedOrganization("Лицей № 2");
        community = storedCommunity("Клуб", school.getId());
        otherCommunity = storedCommunity("Школа тьюторов", school.getId());
        tutorEducator = storedEducator("Филатова", "Елена", "Николаевна", school.getId(), ExperienceLevel.EXPERIENCED);
        novice = storedEducator("Иванова", "Анна", null, school.getId(), ExperienceLevel.YOUNG);
        another = storedEducator("Петров", "Пётр", "Петрович", school.getId(), ExperienceLevel.INEXPERIENCED);
    }

    @Test
    void givenNewMembership_saved_readsBackEqualAtVersionOne() {
        Membership membership = TestData.membership(community.getId(), tutorEducator, Role.TUTOR, Role.COORDINATOR);

        long version = inUnit(() -> storage.memberships().save(membership));
        reopen();

        Membership found = storage.memberships().findById(membership.getId()).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(membership.snapshot());
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.TUTOR, Role.COORDINATOR);
        assertThat(found.consent()).isEqualTo(membership.consent());
    }

    @Test
    void givenTuteeWithActiveAndEndedLinks_saved_readsBackEveryLinkInOrder() {
        Membership tutor = storedMembership(community.getId(), tutorEducator, Role.TUTOR);
        Educator secondTutorEducator =
                storedEducator("Сидорова", "Ольга", null, school.getId(), ExperienceLevel.EXPERIENCED);
        Membership secondTutor = storedMembership(community.getId(), secondTutorEducator, Role.TUTOR, Role.EXPERT);
        Membership tutee = storedMembership(community.getId(), novice, Role.MEMBER);
        tutee.assignTutor(
                tutor,
                ExperienceLevel.EXPERIENCED,
                List.of(TutorFunction.SUPPORTING, TutorFunction.CONSULTING),
                LocalDate.of(2023, 9, 10));
        tutee.assignTutor(secondTutor, ExperienceLevel.EXPERIENCED, List.of(), LocalDate.of(2023, 9, 12));
        tutee.endTutoringBy(secondTutor.getId(), LocalDate.of(2023, 12, 20));

        long version = inUnit(() -> storage.memberships().save(tutee));
        reopen();

        Membership found = storage.memberships().findById(tutee.getId()).orElseThrow();
        assertThat(version).isEqualTo(2);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(tutee.snapshot());
        assertThat(found.tutors()).isEqualTo(tutee.tutors());
        assertThat(found.isTutoredBy(tutor.getId())).isTrue();
        assertThat(found.isTutoredBy(secondTutor.getId())).isFalse();
    }

    @Test
    void givenStoredMembership_leftAndSaved_readsBackAsFormer() {
        Membership loaded = storedMembership(community.getId(), novice, Role.MEMBER);
        loaded.leave(LocalDate.of(2024, 5, 31));

        long version = inUnit(() -> storage.memberships().save(loaded));
        reopen();

        Membership found = storage.memberships().findById(loaded.getId()).orElseThrow();
        assertThat(version).isEqualTo(2);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.leftOn()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(found.isActive()).isFalse();
    }

    @Test
    void givenStoredMembership_newOneWithTheSameIdSaved_isAConflict() {
        Membership stored = storedMembership(community.getId(), novice, Role.MEMBER);
        Membership duplicate = Membership.admit(
                stored.getId(),
                community.getId(),
                another.getId(),
                java.util.Set.of(Role.EXPERT),
                TestData.SEPTEMBER_1,
                stored.consent(),
                null,
                another.experience());

        assertThatThrownBy(() -> inUnit(() -> storage.memberships().save(duplicate)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.memberships().findById(stored.getId()).orElseThrow().educatorId())
                .isEqualTo(novice.getId());
    }

    @Test
    void givenCurrentAndFormerMembers_findingByCommunity_returnsBothButNoOtherCommunitysMembers() {
        Membership current = storedMembership(community.getId(), tutorEducator, Role.TUTOR);
        Membership former = storedMembership(community.getId(), novice, Role.MEMBER);
        former.leave(LocalDate.of(2024, 1, 15));
        inUnit(() -> storage.memberships().save(former));
        storedMembership(otherCommunity.getId(), another, Role.MEMBER);

        assertThat(storage.memberships().findByCommunity(community.getId()))
                .extracting(Membership::getId)
                .containsExactlyInAnyOrder(current.getId(), former.getId());
    }

    @Test
    void givenEducatorWhoLeftAndRejoined_findingActive_returnsTheCurrentMembershipOnly() {
        Membership first = storedMembership(community.getId(), novice, Role.MEMBER);
        first.leave(LocalDate.of(2023, 10, 1));
        inUnit(() -> storage.memberships().save(first));
        Membership rejoined =
                TestData.membership(community.getId(), novice, LocalDate.of(2024, 2, 1), Role.MEMBER, Role.EXPERT);
        inUnit(() -> storage.memberships().save(rejoined));
        storedMembership(otherCommunity.getId(), novice, Role.MEMBER);

        assertThat(storage.memberships().findActive(community.getId(), novice.getId()))
                .map(Membership::getId)
                .contains(rejoined.getId());
    }

    @Test
    void givenFormerMemberOnly_findingActive_findsNothing() {
        Membership former = storedMembership(community.getId(), novice, Role.MEMBER);
        former.leave(LocalDate.of(2023, 10, 1));
        inUnit(() -> storage.memberships().save(former));

        assertThat(storage.memberships().findActive(community.getId(), novice.getId()))
                .isEmpty();
        assertThat(storage.memberships().findActive(otherCommunity.getId(), tutorEducator.getId()))
                .isEmpty();
    }

    @Test
    void givenCurrentAndFormerMembershipsInTwoCommunities_findingActiveByEducator_returnsTheCurrentOnes() {
        Membership coordinator = storedMembership(community.getId(), tutorEducator, Role.COORDINATOR);
        Membership tutor = storedMembership(otherCommunity.getId(), tutorEducator, Role.TUTOR);
        Membership someoneElse = storedMembership(community.getId(), novice, Role.MEMBER);
        tutor.leave(LocalDate.of(2023, 10, 1));
        inUnit(() -> storage.memberships().save(tutor));
        Membership rejoined = storedMembership(otherCommunity.getId(), tutorEducator, Role.EXPERT);

        assertThat(storage.memberships().findActiveByEducator(tutorEducator.getId()))
                .extracting(Membership::getId)
                .containsExactlyInAnyOrder(coordinator.getId(), rejoined.getId());
        assertThat(storage.memberships().findActiveByEducator(another.getId())).isEmpty();
        assertThat(someoneElse.educatorId()).isEqualTo(novice.getId());
    }

    @Test
    void givenTuteesWithActiveAndEndedLinks_findingTuteesOf_returnsThoseTutoredNow() {
        Membership tutor = storedMembership(community.getId(), tutorEducator, Role.TUTOR);
        Membership tutored = storedMembership(community.getId(), novice, Role.MEMBER);
        Membership formerTutee = storedMembership(community.getId(), another, Role.MEMBER);
        tutored.assignTutor(tutor, ExperienceLevel.EXPERIENCED, List.of(), LocalDate.of(2023, 9, 10));
        formerTutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, List.of(), LocalDate.of(2023, 9, 10));
        formerTutee.endTutoringBy(tutor.getId(), LocalDate.of(2023, 11, 1));
        inUnit(() -> {
            storage.memberships().save(tutored);
            storage.memberships().save(formerTutee);
        });

        assertThat(storage.memberships().findTuteesOf(tutor.getId()))
                .extracting(Membership::getId)
                .containsExactly(tutored.getId());
        assertThat(storage.memberships().findTuteesOf(MembershipId.random())).isEmpty();
    }

    @Test
    void givenSomeStored_findingAllById_returnsTheExistingOnes() {
        Membership first = storedMembership(community.getId(), novice, Role.MEMBER);
        Membership second = storedMembership(community.getId(), another, Role.MEMBER);

        assertThat(storage.memberships().findAllById(List.of(first.getId(), MembershipId.random(), second.getId())))
                .extracting(Membership::getId)
                .containsExactlyInAnyOrder(first.getId(), second.getId());
    }
}
