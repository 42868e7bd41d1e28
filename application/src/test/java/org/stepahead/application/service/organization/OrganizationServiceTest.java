package org.stepahead.application.service.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.AggregateTestData;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.organization.OrganizationRegistered;
import org.stepahead.domain.shared.NotFound;

class OrganizationServiceTest {

    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private RecordingUnitOfWork uow = RecordingUnitOfWork.committing();

    private RegisterOrganizationService registerOrganization() {
        return new RegisterOrganizationService(new UseCaseRunner(uow, publisher), organizations);
    }

    private ListOrganizationsService listOrganizations() {
        return new ListOrganizationsService(new UseCaseRunner(uow, publisher), organizations);
    }

    private GetOrganizationService getOrganization() {
        return new GetOrganizationService(new UseCaseRunner(uow, publisher), organizations);
    }

    private static RegisterOrganizationCommand school(String name, String shortName) {
        return new RegisterOrganizationCommand(name, shortName, OrganizationKind.SCHOOL, "г. Красноярск", true, false);
    }

    @Test
    void givenValidCommand_register_savesRegisteredOrganizationAndReturnsItsId() {
        OrganizationId id = registerOrganization()
                .register(school("Муниципальное бюджетное общеобразовательное учреждение СШ № 1", "МБОУ СШ № 1"));

        ArgumentCaptor<Organization> saved = ArgumentCaptor.forClass(Organization.class);
        verify(organizations).save(saved.capture());
        Organization organization = saved.getValue();
        assertThat(organization.getId()).isEqualTo(id);
        assertThat(organization.version()).isZero();
        assertThat(organization.name()).isEqualTo("Муниципальное бюджетное общеобразовательное учреждение СШ № 1");
        assertThat(organization.shortName()).isEqualTo("МБОУ СШ № 1");
        assertThat(organization.kind()).isEqualTo(OrganizationKind.SCHOOL);
        assertThat(organization.municipality()).isEqualTo("г. Красноярск");
        assertThat(organization.lowResults()).isTrue();
        assertThat(organization.hardSocialConditions()).isFalse();
        assertThat(uow.commits()).isEqualTo(1);
        verify(publisher)
                .publish(List.of(new OrganizationRegistered(
                        id, "Муниципальное бюджетное общеобразовательное учреждение СШ № 1")));
    }

    @Test
    void givenBlankNameAndNoKind_register_refusesNamingBothFieldsAndSavesNothing() {
        assertThatThrownBy(() -> registerOrganization()
                        .register(new RegisterOrganizationCommand("  ", null, null, null, false, false)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(
                                    tuple("kind", "обязательное поле не заполнено"),
                                    tuple("name", "поле не должно быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly("kind: a value is required", "name: must not be blank");
                });
        verify(organizations, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenTooLongShortName_register_refusesWithTheSizeLimitInTheMessage() {
        assertThatThrownBy(() -> registerOrganization().register(school("Школа", "Ш".repeat(201))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("shortName", "размер должен быть от 0 до 200"));
                    assertThat(e.messages(Locale.ENGLISH)).containsExactly("shortName: size must be between 0 and 200");
                });
        verify(organizations, never()).save(any());
    }

    @Test
    void givenCommitFails_register_publishesNothing() {
        uow = RecordingUnitOfWork.failingOnCommit();

        assertThatThrownBy(() -> registerOrganization().register(school("Школа", null)))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(uow.rollbacks()).isEqualTo(1);
        verifyNoInteractions(publisher);
    }

    @Test
    void givenOrganizations_list_sortsThemInRussianAlphabeticalOrderWithYoAsYe() {
        when(organizations.findAll())
                .thenReturn(List.of(
                        AggregateTestData.organization("Лицей № 1"),
                        AggregateTestData.organization("Ёлкинская школа"),
                        AggregateTestData.organization("гимназия № 2"),
                        AggregateTestData.organization("Дом детского творчества"),
                        AggregateTestData.organization("Ельниковская школа")));

        List<OrganizationView> list = listOrganizations().list();

        assertThat(list)
                .extracting(OrganizationView::name)
                .containsExactly(
                        "гимназия № 2",
                        "Дом детского творчества",
                        "Ёлкинская школа",
                        "Ельниковская школа",
                        "Лицей № 1");
        assertThat(uow.journal()).containsExactly("begin", "commit");
    }

    @Test
    void givenStoredOrganization_get_mapsItsView() {
        Organization stored = AggregateTestData.stored(
                Organization.register(
                        OrganizationId.random(), "МБОУ СШ № 7", "СШ 7", OrganizationKind.LYCEUM, "Ачинск", false, true),
                4);
        when(organizations.findById(stored.getId())).thenReturn(Optional.of(stored));

        OrganizationView view = getOrganization().get(stored.getId());

        assertThat(view)
                .isEqualTo(new OrganizationView(
                        stored.getId(), 4, "МБОУ СШ № 7", "СШ 7", OrganizationKind.LYCEUM, "Ачинск", false, true));
    }

    @Test
    void givenUnknownId_get_throwsNotFound() {
        OrganizationId unknown = OrganizationId.random();
        when(organizations.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> getOrganization().get(unknown))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments()).containsExactly("organization", unknown.toString()));
    }
}
