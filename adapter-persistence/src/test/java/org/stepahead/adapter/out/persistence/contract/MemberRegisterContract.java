package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.adapter.out.persistence.contract.TestData.SEPTEMBER_1;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.MemberRegisterCriteria;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.application.port.out.RegisterOrder;
import org.stepahead.application.port.out.ResultPage;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Port contract: the member register — memberships joined with their educators and organizations, filtered,
 * sorted by surname, given name and patronymic in Russian alphabetical order with Ё as Е, and paged.
 */
public abstract class MemberRegisterContract extends StorageContract {

    private static final List<String> CURRENT_IN_ORDER = List.of(
            "Абрамова Анна Ильинична",
            "Ежов Андрей Викторович",
            "Ежов Борис",
            "Ёлкин Артём Сергеевич",
            "Елкина Вера Павловна",
            "Жуков Иван Алексеевич",
            "Жуков Иван Петрович");

    private Organization lyceum;
    private Organization school;
    private Community community;
    private Educator yolkin;
    private Membership yolkinMembership;
    private Educator zhukovWithoutOrganization;

    @BeforeEach
    void givenACommunityWithCurrentAndFormerMembers() {
        lyceum = storedOrganization("Лицей № 1");
        school = storedOrganization("Школа № 5");
        community = storedCommunity("Клуб", lyceum.getId());
        Community otherCommunity = storedCommunity("Другой клуб", lyceum.getId());
        member("Жуков", "Иван", "Петрович", lyceum.getId(), ExperienceLevel.EXPERIENCED, Role.MEMBER);
        yolkin = storedEducator("Ёлкин", "Артём", "Сергеевич", school.getId(), ExperienceLevel.EXPERIENCED);
        yolkinMembership = storedMembership(community.getId(), yolkin, Role.TUTOR);
        member("Ежов", "Борис", null, lyceum.getId(), ExperienceLevel.YOUNG, Role.MEMBER);
        member(
                "Абрамова",
                "Анна",
                "Ильинична",
                school.getId(),
                ExperienceLevel.EXPERIENCED,
                Role.COORDINATOR,
                Role.MEMBER);
        member("Елкина", "Вера", "Павловна", lyceum.getId(), ExperienceLevel.INEXPERIENCED, Role.MEMBER);
        zhukovWithoutOrganization = storedEducator("Жуков", "Иван", "Алексеевич", null, ExperienceLevel.EXPERIENCED);
        storedMembership(community.getId(), zhukovWithoutOrganization, Role.MEMBER);
        member("Ежов", "Андрей", "Викторович", school.getId(), ExperienceLevel.EXPERIENCED, Role.MEMBER, Role.EXPERT);
        Membership former =
                member("Яковлев", "Яков", "Яковлевич", lyceum.getId(), ExperienceLevel.EXPERIENCED, Role.MEMBER);
        former.leave(LocalDate.of(2024, 1, 31));
        inUnit(() -> storage.memberships().save(former));
        Educator elsewhere = storedEducator("Борисов", "Борис", null, lyceum.getId(), ExperienceLevel.EXPERIENCED);
        storedMembership(otherCommunity.getId(), elsewhere, Role.MEMBER);
    }

    private Membership member(
            String surname,
            String givenName,
            String patronymic,
            OrganizationId organizationId,
            ExperienceLevel level,
            Role... roles) {
        Educator educator = storedEducator(surname, givenName, patronymic, organizationId, level);
        return storedMembership(community.getId(), educator, roles);
    }

    private MemberRegisterCriteria all() {
        return new MemberRegisterCriteria(community.getId(), null, null, null, false);
    }

    private static List<String> names(ResultPage<MemberRegisterEntry> page) {
        return page.items().stream().map(e -> e.name().full()).toList();
    }

    @Test
    void givenMembers_listingTheRegister_sortsThemInRussianOrderWithYoAsYe() {
        ResultPage<MemberRegisterEntry> page = storage.memberships().findRegister(all(), 0, 50);

        assertThat(names(page)).containsExactlyElementsOf(CURRENT_IN_ORDER);
        assertThat(page.total()).isEqualTo(7);
    }

    @Test
    void givenMembers_listingTheRegister_joinsEducatorAndOrganization() {
        ResultPage<MemberRegisterEntry> page = storage.memberships().findRegister(all(), 0, 50);

        MemberRegisterEntry entry = page.items().get(3);
        assertThat(entry.membershipId()).isEqualTo(yolkinMembership.getId());
        assertThat(entry.version()).isEqualTo(1);
        assertThat(entry.educatorId()).isEqualTo(yolkin.getId());
        assertThat(entry.name()).isEqualTo(yolkin.name());
        assertThat(entry.experience()).isEqualTo(ExperienceLevel.EXPERIENCED);
        assertThat(entry.organizationId()).isEqualTo(school.getId());
        assertThat(entry.organizationName()).isEqualTo("Школа № 5");
        assertThat(entry.roles()).containsExactly(Role.TUTOR);
        assertThat(entry.joinedOn()).isEqualTo(TestData.SEPTEMBER_1);
        assertThat(entry.leftOn()).isNull();
    }

    @Test
    void givenMemberWithoutOrganization_listingTheRegister_leavesTheOrganizationEmpty() {
        ResultPage<MemberRegisterEntry> page = storage.memberships().findRegister(all(), 0, 50);

        MemberRegisterEntry entry = page.items().get(5);
        assertThat(entry.educatorId()).isEqualTo(zhukovWithoutOrganization.getId());
        assertThat(entry.organizationId()).isNull();
        assertThat(entry.organizationName()).isNull();
    }

    @Test
    void givenRoleCriterion_listingTheRegister_listsOnlyMembersWithThatRole() {
        assertThat(names(storage.memberships()
                        .findRegister(
                                new MemberRegisterCriteria(community.getId(), Role.TUTOR, null, null, false), 0, 50)))
                .containsExactly("Ёлкин Артём Сергеевич");
        assertThat(names(storage.memberships()
                        .findRegister(
                                new MemberRegisterCriteria(community.getId(), Role.EXPERT, null, null, false), 0, 50)))
                .containsExactly("Ежов Андрей Викторович");
    }

    @Test
    void givenOrganizationCriterion_listingTheRegister_listsOnlyCurrentMembersFromIt() {
        ResultPage<MemberRegisterEntry> page = storage.memberships()
                .findRegister(new MemberRegisterCriteria(community.getId(), null, lyceum.getId(), null, false), 0, 50);

        assertThat(names(page)).containsExactly("Ежов Борис", "Елкина Вера Павловна", "Жуков Иван Петрович");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void givenNameCriterionWithYo_listingTheRegister_matchesYeAndYoIgnoringCase() {
        List<String> expected = List.of("Ёлкин Артём Сергеевич", "Елкина Вера Павловна");

        for (String text : List.of("ёлк", "ЕЛК", "Елки", "  лкин ")) {
            assertThat(names(storage.memberships()
                            .findRegister(
                                    new MemberRegisterCriteria(community.getId(), null, null, text, false), 0, 50)))
                    .as("name contains \"%s\"", text)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void givenNameCriterion_listingTheRegister_searchesGivenNameAndPatronymicToo() {
        assertThat(names(storage.memberships()
                        .findRegister(new MemberRegisterCriteria(community.getId(), null, null, "иван", false), 0, 50)))
                .containsExactly("Жуков Иван Алексеевич", "Жуков Иван Петрович");
        assertThat(names(storage.memberships()
                        .findRegister(
                                new MemberRegisterCriteria(community.getId(), null, null, "артем", false), 0, 50)))
                .containsExactly("Ёлкин Артём Сергеевич");
    }

    @Test
    void givenSeveralCriteria_listingTheRegister_appliesAllOfThem() {
        assertThat(names(storage.memberships()
                        .findRegister(
                                new MemberRegisterCriteria(
                                        community.getId(), Role.MEMBER, school.getId(), "ежов", false),
                                0,
                                50)))
                .containsExactly("Ежов Андрей Викторович");
    }

    @Test
    void givenFormerMember_listingTheRegisterWithFormer_includesThemWithTheDayTheyLeft() {
        ResultPage<MemberRegisterEntry> page = storage.memberships()
                .findRegister(new MemberRegisterCriteria(community.getId(), null, null, null, true), 0, 50);

        assertThat(page.total()).isEqualTo(8);
        assertThat(names(page)).last().isEqualTo("Яковлев Яков Яковлевич");
        assertThat(page.items().get(7).leftOn()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(page.items().get(7).version()).isEqualTo(2);
    }

    @Test
    void givenSevenMembers_listingPagesOfThree_pagesThroughThemWithTheTotal() {
        ResultPage<MemberRegisterEntry> first = storage.memberships().findRegister(all(), 0, 3);
        ResultPage<MemberRegisterEntry> second = storage.memberships().findRegister(all(), 1, 3);
        ResultPage<MemberRegisterEntry> last = storage.memberships().findRegister(all(), 2, 3);
        ResultPage<MemberRegisterEntry> beyond = storage.memberships().findRegister(all(), 3, 3);

        assertThat(names(first)).containsExactlyElementsOf(CURRENT_IN_ORDER.subList(0, 3));
        assertThat(names(second)).containsExactlyElementsOf(CURRENT_IN_ORDER.subList(3, 6));
        assertThat(names(last)).containsExactlyElementsOf(CURRENT_IN_ORDER.subList(6, 7));
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, second, last, beyond))
                .allSatisfy(p -> assertThat(p.total()).isEqualTo(7));
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(3);
    }

    private List<String> sorted(RegisterOrder.Key key, boolean descending) {
        return names(storage.memberships()
                .findRegister(
                        new MemberRegisterCriteria(
                                community.getId(), null, null, null, false, new RegisterOrder(key, descending)),
                        0,
                        50));
    }

    @Test
    void givenDescendingNameOrder_listingTheRegister_runsFromYaToA() {
        List<String> fromYa = new ArrayList<>(CURRENT_IN_ORDER);
        Collections.reverse(fromYa);

        assertThat(sorted(RegisterOrder.Key.NAME, true)).containsExactlyElementsOf(fromYa);
    }

    @Test
    void givenOrganizationOrder_listingTheRegister_groupsByOrganizationNameThenByNameWithTheUnaffiliatedLast() {
        List<String> lyceumThenSchool = List.of(
                "Ежов Борис",
                "Елкина Вера Павловна",
                "Жуков Иван Петрович",
                "Абрамова Анна Ильинична",
                "Ежов Андрей Викторович",
                "Ёлкин Артём Сергеевич",
                "Жуков Иван Алексеевич");
        List<String> schoolThenLyceum = List.of(
                "Абрамова Анна Ильинична",
                "Ежов Андрей Викторович",
                "Ёлкин Артём Сергеевич",
                "Ежов Борис",
                "Елкина Вера Павловна",
                "Жуков Иван Петрович",
                "Жуков Иван Алексеевич");

        assertThat(sorted(RegisterOrder.Key.ORGANIZATION, false)).containsExactlyElementsOf(lyceumThenSchool);
        assertThat(sorted(RegisterOrder.Key.ORGANIZATION, true)).containsExactlyElementsOf(schoolThenLyceum);
    }

    @Test
    void givenJoiningOrder_listingTheRegister_putsLaterJoinersLastOrFirstAndKeepsNamesWithinADay() {
        Educator newcomer = storedEducator("Агеев", "Пётр", null, lyceum.getId(), ExperienceLevel.YOUNG);
        Membership late = TestData.membership(community.getId(), newcomer, SEPTEMBER_1.plusMonths(4), Role.MEMBER);
        inUnit(() -> storage.memberships().save(late));

        List<String> ascending = sorted(RegisterOrder.Key.JOINED, false);
        List<String> descending = sorted(RegisterOrder.Key.JOINED, true);

        assertThat(ascending).hasSize(8).last().isEqualTo("Агеев Пётр");
        assertThat(ascending.subList(0, 7)).containsExactlyElementsOf(CURRENT_IN_ORDER);
        assertThat(descending).first().isEqualTo("Агеев Пётр");
        assertThat(descending.subList(1, 8)).containsExactlyElementsOf(CURRENT_IN_ORDER);
    }

    @Test
    void givenCriteriaNobodyMeets_listingTheRegister_returnsAnEmptyPage() {
        ResultPage<MemberRegisterEntry> page = storage.memberships()
                .findRegister(new MemberRegisterCriteria(community.getId(), null, null, "Щукин", false), 0, 10);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
