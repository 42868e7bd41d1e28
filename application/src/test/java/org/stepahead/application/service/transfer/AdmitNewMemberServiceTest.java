package org.stepahead.application.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.membership.AdmitNewMemberCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.shared.DomainRuleViolation;

/**
 * Registering an educator and admitting them in one step (the browser's admission form): one unit of work that the
 * two use cases join, so a refused admission registers nobody. Kept beside the fake storage that counts units.
 */
class AdmitNewMemberServiceTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Clock CLOCK =
            Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(MOSCOW).toInstant(), MOSCOW);

    private FakeStorage storage;
    private StepAhead app;
    private CommunityId community;

    @BeforeEach
    void givenACommunity() {
        storage = new FakeStorage();
        app = StepAhead.create(storage, CLOCK);
        OrganizationId school = app.registerOrganization()
                .register(new RegisterOrganizationCommand(
                        "Лицей № 21", null, OrganizationKind.LYCEUM, "Тамбов", false, false));
        community = app.foundCommunity()
                .found(new FoundCommunityCommand(
                        "Клуб классных руководителей",
                        CommunityKind.CLUB,
                        CommunityLevel.SCHOOL,
                        school,
                        null,
                        null,
                        ProfileInput.empty()));
        storage.units = 0;
        storage.commits = 0;
    }

    private AdmitNewMemberCommand admit(ExperienceLevel experience, Role role) {
        return new AdmitNewMemberCommand(
                new RegisterEducatorCommand("Петрова", "Анна", null, null, null, experience, null),
                community,
                Set.of(Role.MEMBER, role),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 8, 30),
                "заявление",
                null);
    }

    @Test
    void givenAnExperiencedTeacher_admitNew_registersAndAdmitsInOneUnitOfWork() {
        MembershipId membership = app.admitNewMember().admitNew(admit(ExperienceLevel.EXPERIENCED, Role.TUTOR));

        assertThat(storage.units).isEqualTo(1);
        assertThat(storage.commits).isEqualTo(1);
        assertThat(storage.stored())
                .filteredOn(Membership.class::isInstance)
                .extracting(a -> (Object) a.getId())
                .containsExactly(membership);
        assertThat(storage.stored()).filteredOn(Educator.class::isInstance).hasSize(1);
    }

    @Test
    void givenANoviceAsTutor_admitNew_isRefused_andRegistersNobody() {
        assertThatThrownBy(() -> app.admitNewMember().admitNew(admit(ExperienceLevel.YOUNG, Role.TUTOR)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("membership.noviceTutor"));

        assertThat(storage.commits).isZero();
        assertThat(storage.stored()).filteredOn(Educator.class::isInstance).isEmpty();
        assertThat(storage.stored()).filteredOn(Membership.class::isInstance).isEmpty();
    }
}
