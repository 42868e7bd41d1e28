package org.stepahead.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.JOINED_ON;
import static org.stepahead.domain.TestData.consent;
import static org.stepahead.domain.TestData.member;
import static org.stepahead.domain.TestData.tutor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.shared.TutorFunction;

class MembershipTest {

    private static final CommunityId COMMUNITY = CommunityId.random();
    private static final List<TutorFunction> FUNCTIONS = List.of(TutorFunction.SUPPORTING, TutorFunction.CONSULTING);

    private static Membership admit(Set<Role> roles, LocalDate joinedOn, Consent consent, ExperienceLevel experience) {
        return Membership.admit(
                MembershipId.random(), COMMUNITY, EducatorId.random(), roles, joinedOn, consent, null, experience);
    }

    @Nested
    class Admission {

        @Test
        void givenNoConsent_admit_isRefused() {
            assertRefused(
                    () -> admit(Set.of(Role.MEMBER), JOINED_ON, null, ExperienceLevel.EXPERIENCED),
                    "membership.consentRequired");
        }

        @Test
        void givenConsentAfterJoining_admit_isRefused() {
            assertRefused(
                    () -> admit(
                            Set.of(Role.MEMBER),
                            JOINED_ON,
                            consent(JOINED_ON.plusDays(1)),
                            ExperienceLevel.EXPERIENCED),
                    "membership.consentAfterJoining");
        }

        @Test
        void givenConsentBeforeOrOnJoining_admit_admitsAndRecordsTheEvent() {
            Membership earlier =
                    admit(Set.of(Role.MEMBER), JOINED_ON, consent(JOINED_ON.minusDays(10)), ExperienceLevel.YOUNG);
            Membership sameDay =
                    admit(Set.of(Role.MEMBER, Role.EXPERT), JOINED_ON, consent(JOINED_ON), ExperienceLevel.YOUNG);

            assertThat(earlier.isActive()).isTrue();
            assertThat(sameDay.pullEvents())
                    .containsExactly(new MemberAdmitted(
                            sameDay.getId(), COMMUNITY, sameDay.educatorId(), Set.of(Role.MEMBER, Role.EXPERT)));
        }

        @Test
        void givenNoRole_admit_isRefused() {
            assertRefused(
                    () -> admit(Set.of(), JOINED_ON, consent(JOINED_ON), ExperienceLevel.EXPERIENCED),
                    "membership.noRole");
            assertRefused(
                    () -> admit(null, JOINED_ON, consent(JOINED_ON), ExperienceLevel.EXPERIENCED), "membership.noRole");
        }

        @ParameterizedTest
        @EnumSource(
                value = ExperienceLevel.class,
                names = {"YOUNG", "INEXPERIENCED"})
        void givenANovice_admitAsTutor_isRefused(ExperienceLevel novice) {
            assertRefused(
                    () -> admit(Set.of(Role.MEMBER, Role.TUTOR), JOINED_ON, consent(JOINED_ON), novice),
                    "membership.noviceTutor");
        }

        @Test
        void givenAnExperiencedEducator_admitAsTutor_admits() {
            Membership tutor = admit(Set.of(Role.TUTOR), JOINED_ON, consent(JOINED_ON), ExperienceLevel.EXPERIENCED);

            assertThat(tutor.hasRole(Role.TUTOR)).isTrue();
        }

        @Test
        void givenNoExperience_admit_isRefused() {
            assertRefused(() -> admit(Set.of(Role.MEMBER), JOINED_ON, consent(JOINED_ON), null), "required");
        }

        @Test
        void givenAStoredMembershipLeftBeforeJoining_restore_isRefused() {
            Membership.Snapshot snapshot = new Membership.Snapshot(
                    MembershipId.random(),
                    1,
                    COMMUNITY,
                    EducatorId.random(),
                    Set.of(Role.MEMBER),
                    JOINED_ON,
                    JOINED_ON.minusDays(1),
                    consent(JOINED_ON),
                    null,
                    List.of());

            assertRefused(() -> Membership.restore(snapshot), "membership.leavesBeforeJoining");
        }

        @Test
        void givenAStoredMembershipWithoutConsent_restore_isRefused() {
            Membership.Snapshot snapshot = new Membership.Snapshot(
                    MembershipId.random(),
                    1,
                    COMMUNITY,
                    EducatorId.random(),
                    Set.of(Role.MEMBER),
                    JOINED_ON,
                    null,
                    null,
                    null,
                    List.of());

            assertRefused(() -> Membership.restore(snapshot), "membership.consentRequired");
        }

        @Test
        void givenAMembershipWithTutors_restoreOfSnapshot_isTheSame() {
            Membership tutee = member(COMMUNITY, Role.MEMBER);
            tutee.assignTutor(tutor(COMMUNITY), ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusDays(5));

            Membership restored = Membership.restore(tutee.snapshot());

            assertThat(restored.snapshot()).isEqualTo(tutee.snapshot());
            assertThat(restored.pullEvents()).isEmpty();
        }
    }

    @Nested
    class Roles {

        @Test
        void givenANovice_changeRolesToTutor_isRefused() {
            Membership novice = member(COMMUNITY, EducatorId.random(), ExperienceLevel.YOUNG, JOINED_ON, Role.MEMBER);

            assertRefused(
                    () -> novice.changeRoles(Set.of(Role.MEMBER, Role.TUTOR), ExperienceLevel.INEXPERIENCED),
                    "membership.noviceTutor");
            assertThat(novice.roles()).containsExactly(Role.MEMBER);
        }

        @Test
        void givenAnExperiencedMember_changeRolesToTutor_changesThemAndRecordsTheEvent() {
            Membership member = member(COMMUNITY, Role.MEMBER);

            member.changeRoles(Set.of(Role.MEMBER, Role.TUTOR), ExperienceLevel.EXPERIENCED);

            assertThat(member.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.TUTOR);
            assertThat(member.pullEvents())
                    .containsExactly(new MemberRolesChanged(member.getId(), Set.of(Role.MEMBER, Role.TUTOR)));
        }

        @Test
        void givenNoRole_changeRoles_isRefused() {
            Membership member = member(COMMUNITY, Role.MEMBER);

            assertRefused(() -> member.changeRoles(Set.of(), ExperienceLevel.EXPERIENCED), "membership.noRole");
        }

        @Test
        void givenATuteeWithTutors_removeTuteeRole_isRefused() {
            Membership tutee = member(COMMUNITY, Role.MEMBER);
            tutee.assignTutor(tutor(COMMUNITY), ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);

            assertRefused(
                    () -> tutee.changeRoles(Set.of(Role.MEMBER), ExperienceLevel.YOUNG), "membership.tuteeHasTutors");
            assertThat(tutee.roles()).contains(Role.TUTEE);
        }

        @Test
        void givenATuteeWhoseTutoringEnded_removeTuteeRole_isAccepted() {
            Membership tutor = tutor(COMMUNITY);
            Membership tutee = member(COMMUNITY, Role.MEMBER);
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);
            tutee.endTutoringBy(tutor.getId(), JOINED_ON.plusMonths(6));

            tutee.changeRoles(Set.of(Role.MEMBER), ExperienceLevel.YOUNG);

            assertThat(tutee.roles()).containsExactly(Role.MEMBER);
        }

        @Test
        void givenAMemberWhoLeft_changeRoles_isRefused() {
            Membership member = member(COMMUNITY, Role.MEMBER);
            member.leave(JOINED_ON.plusYears(1));

            assertRefused(
                    () -> member.changeRoles(Set.of(Role.EXPERT), ExperienceLevel.EXPERIENCED), "membership.notActive");
        }
    }

    @Nested
    class Tutoring {

        private final Membership tutor = tutor(COMMUNITY);
        private final Membership tutee =
                member(COMMUNITY, EducatorId.random(), ExperienceLevel.YOUNG, JOINED_ON, Role.MEMBER);

        @Test
        void givenAnExperiencedTutorOfTheCommunity_assignTutor_linksThemAndMakesTheMemberATutee() {
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusDays(3));

            assertThat(tutee.isTutoredBy(tutor.getId())).isTrue();
            assertThat(tutee.hasRole(Role.TUTEE)).isTrue();
            assertThat(tutee.activeTutors())
                    .containsExactly(new TutoringLink(tutor.getId(), FUNCTIONS, JOINED_ON.plusDays(3), null));
            assertThat(tutee.pullEvents())
                    .containsExactly(new TutorAssigned(tutee.getId(), tutor.getId(), JOINED_ON.plusDays(3)));
        }

        @Test
        void givenTheSameMembership_assignTutor_isRefused() {
            Membership self = tutor(COMMUNITY);

            assertRefused(
                    () -> self.assignTutor(self, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON), "tutoring.self");
        }

        @Test
        void givenAnotherMembershipOfTheSameEducator_assignTutor_isRefused() {
            EducatorId educator = EducatorId.random();
            Membership asTutee = member(COMMUNITY, educator, ExperienceLevel.EXPERIENCED, JOINED_ON, Role.MEMBER);
            Membership asTutor =
                    member(COMMUNITY, educator, ExperienceLevel.EXPERIENCED, JOINED_ON, Role.MEMBER, Role.TUTOR);

            assertRefused(
                    () -> asTutee.assignTutor(asTutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON),
                    "tutoring.self");
        }

        @Test
        void givenATutorFromAnotherCommunity_assignTutor_isRefused() {
            Membership stranger = tutor(CommunityId.random());

            assertRefused(
                    () -> tutee.assignTutor(stranger, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON),
                    "tutoring.otherCommunity");
        }

        @Test
        void givenATutorWhoLeft_assignTutor_isRefused() {
            tutor.leave(JOINED_ON.plusDays(1));

            assertRefused(
                    () -> tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusDays(2)),
                    "tutoring.tutorNotActive");
        }

        @Test
        void givenAMemberWithoutTheTutorRole_assignTutor_isRefused() {
            Membership expert = member(COMMUNITY, Role.MEMBER, Role.EXPERT);

            assertRefused(
                    () -> tutee.assignTutor(expert, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON),
                    "tutoring.notATutor");
        }

        @ParameterizedTest
        @EnumSource(
                value = ExperienceLevel.class,
                names = {"YOUNG", "INEXPERIENCED"})
        void givenATutorWhoIsANovice_assignTutor_isRefused(ExperienceLevel novice) {
            assertRefused(() -> tutee.assignTutor(tutor, novice, FUNCTIONS, JOINED_ON), "membership.noviceTutor");
        }

        @Test
        void givenADayBeforeTheTuteeJoined_assignTutor_isRefused() {
            assertRefused(
                    () -> tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.minusDays(1)),
                    "tutoring.beforeJoining");
        }

        @Test
        void givenADayBeforeTheTutorJoined_assignTutor_isRefused() {
            Membership lateTutor = member(
                    COMMUNITY, EducatorId.random(), ExperienceLevel.EXPERIENCED, JOINED_ON.plusMonths(1), Role.TUTOR);

            assertRefused(
                    () -> tutee.assignTutor(lateTutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusDays(1)),
                    "tutoring.beforeJoining");
        }

        @Test
        void givenAnActiveLinkWithTheTutor_assignTutorAgain_isRefused() {
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);

            assertRefused(
                    () -> tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusDays(1)),
                    "tutoring.alreadyLinked");
        }

        @Test
        void givenAnEndedLinkWithTheTutor_assignTutorAgain_linksAnew() {
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);
            tutee.endTutoringBy(tutor.getId(), JOINED_ON.plusMonths(1));

            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusMonths(2));

            assertThat(tutee.tutors()).hasSize(2);
            assertThat(tutee.activeTutors())
                    .singleElement()
                    .extracting(TutoringLink::since)
                    .isEqualTo(JOINED_ON.plusMonths(2));
        }

        @Test
        void givenTwoTutors_assignTutor_linksBoth() {
            Membership secondTutor = tutor(COMMUNITY);

            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);
            tutee.assignTutor(secondTutor, ExperienceLevel.EXPERIENCED, List.of(), JOINED_ON);

            assertThat(tutee.activeTutors())
                    .extracting(TutoringLink::tutor)
                    .containsExactly(tutor.getId(), secondTutor.getId());
        }

        @Test
        void givenATuteeWhoLeft_assignTutor_isRefused() {
            tutee.leave(JOINED_ON.plusDays(1));

            assertRefused(
                    () -> tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusDays(2)),
                    "membership.notActive");
        }

        @Test
        void givenALink_endTutoringBy_endsItThatDayAndRecordsTheEvent() {
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);
            tutee.pullEvents();

            tutee.endTutoringBy(tutor.getId(), JOINED_ON.plusMonths(3));

            assertThat(tutee.isTutoredBy(tutor.getId())).isFalse();
            assertThat(tutee.activeTutors()).isEmpty();
            assertThat(tutee.tutors())
                    .singleElement()
                    .extracting(TutoringLink::until)
                    .isEqualTo(JOINED_ON.plusMonths(3));
            assertThat(tutee.pullEvents())
                    .containsExactly(new TutoringEnded(tutee.getId(), tutor.getId(), JOINED_ON.plusMonths(3)));
        }

        @Test
        void givenADayBeforeTheLinkStarted_endTutoringBy_isRefused() {
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusMonths(1));
            tutee.pullEvents();

            assertRefused(() -> tutee.endTutoringBy(tutor.getId(), JOINED_ON.plusDays(1)), "tutoring.endsBeforeStart");
            assertThat(tutee.isTutoredBy(tutor.getId())).isTrue();
            assertThat(tutee.pullEvents()).isEmpty();
        }

        @Test
        void givenNoLinkWithTheTutor_endTutoringBy_isRefused() {
            assertRefused(() -> tutee.endTutoringBy(tutor.getId(), JOINED_ON), "tutoring.noSuchLink");
        }

        @Test
        void givenAnEndedLink_endTutoringByAgain_isRefused() {
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);
            tutee.endTutoringBy(tutor.getId(), JOINED_ON.plusMonths(3));

            assertRefused(() -> tutee.endTutoringBy(tutor.getId(), JOINED_ON.plusMonths(4)), "tutoring.noSuchLink");
        }

        @Test
        void givenALinkEndingBeforeItStarted_create_isRefused() {
            assertRefused(
                    () -> new TutoringLink(tutor.getId(), FUNCTIONS, JOINED_ON, JOINED_ON.minusDays(1)),
                    "tutoring.endsBeforeStart");
        }

        @Test
        void givenRepeatedFunctions_link_keepsEachOnceInCatalogueOrder() {
            TutoringLink link = new TutoringLink(
                    tutor.getId(),
                    List.of(TutorFunction.CONSULTING, TutorFunction.MODELLING, TutorFunction.CONSULTING),
                    JOINED_ON,
                    null);

            assertThat(link.functions()).containsExactly(TutorFunction.MODELLING, TutorFunction.CONSULTING);
        }
    }

    @Nested
    class Leaving {

        @Test
        void aMemberWhoLeft_isAMemberFromTheDayTheyJoinedUpToTheDayTheyLeft() {
            Membership member = member(COMMUNITY, Role.MEMBER);
            LocalDate left = JOINED_ON.plusMonths(3);
            member.leave(left);

            assertThat(member.isMemberOn(JOINED_ON.minusDays(1))).isFalse();
            assertThat(member.isMemberOn(JOINED_ON)).isTrue();
            assertThat(member.isMemberOn(left)).isTrue();
            assertThat(member.isMemberOn(left.plusDays(1))).isFalse();
            assertThat(Membership.isMemberOn(JOINED_ON, null, JOINED_ON.plusYears(10)))
                    .isTrue();
        }

        @Test
        void givenATuteeWithTwoTutors_leave_endsBothLinksThatDayAndRecordsTheEvents() {
            Membership firstTutor = tutor(COMMUNITY);
            Membership secondTutor = tutor(COMMUNITY);
            Membership tutee = member(COMMUNITY, Role.MEMBER);
            tutee.assignTutor(firstTutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON);
            tutee.assignTutor(secondTutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, JOINED_ON.plusDays(10));
            tutee.pullEvents();
            LocalDate day = LocalDate.of(2021, 6, 30);

            tutee.leave(day);

            assertThat(tutee.isActive()).isFalse();
            assertThat(tutee.leftOn()).isEqualTo(day);
            assertThat(tutee.activeTutors()).isEmpty();
            assertThat(tutee.tutors()).extracting(TutoringLink::until).containsExactly(day, day);
            assertThat(tutee.pullEvents())
                    .containsExactly(
                            new TutoringEnded(tutee.getId(), firstTutor.getId(), day),
                            new TutoringEnded(tutee.getId(), secondTutor.getId(), day),
                            new MemberLeft(tutee.getId(), COMMUNITY, day));
        }

        @Test
        void givenALinkThatStartsAfterTheLeavingDay_leave_endsItOnItsStartAndTheEventSaysSo() {
            Membership tutor = tutor(COMMUNITY);
            Membership tutee = member(COMMUNITY, Role.MEMBER);
            LocalDate linkStarts = JOINED_ON.plusDays(30);
            tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, FUNCTIONS, linkStarts);
            tutee.pullEvents();

            tutee.leave(JOINED_ON.plusDays(10));

            assertThat(tutee.tutors()).extracting(TutoringLink::until).containsExactly(linkStarts);
            assertThat(tutee.pullEvents())
                    .first()
                    .isEqualTo(new TutoringEnded(tutee.getId(), tutor.getId(), linkStarts));
        }

        @Test
        void givenAMemberWithoutTutors_leave_recordsOnlyMemberLeft() {
            Membership member = member(COMMUNITY, Role.MEMBER);

            member.leave(JOINED_ON);

            assertThat(member.pullEvents()).containsExactly(new MemberLeft(member.getId(), COMMUNITY, JOINED_ON));
        }

        @Test
        void givenADayBeforeJoining_leave_isRefused() {
            Membership member = member(COMMUNITY, Role.MEMBER);

            assertRefused(() -> member.leave(JOINED_ON.minusDays(1)), "membership.leavesBeforeJoining");
            assertThat(member.isActive()).isTrue();
        }

        @Test
        void givenAMemberWhoLeft_leaveAgain_isRefused() {
            Membership member = member(COMMUNITY, Role.MEMBER);
            member.leave(JOINED_ON.plusDays(1));

            assertRefused(() -> member.leave(JOINED_ON.plusDays(2)), "membership.notActive");
            assertThat(member.leftOn()).isEqualTo(JOINED_ON.plusDays(1));
        }
    }
}
