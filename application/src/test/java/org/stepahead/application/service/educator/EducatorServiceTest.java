package org.stepahead.application.service.educator;

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
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.AggregateTestData;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.EducatorRegistered;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.PersonName;

class EducatorServiceTest {

    private final EducatorRepository educators = mock(EducatorRepository.class);
    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
    private final RegisterEducatorService registerEducator =
            new RegisterEducatorService(new UseCaseRunner(uow, publisher), educators, organizations);
    private final GetEducatorService getEducator = new GetEducatorService(new UseCaseRunner(uow, publisher), educators);

    private static RegisterEducatorCommand command(OrganizationId organizationId, String email) {
        return new RegisterEducatorCommand(
                "Филатова",
                "Елена",
                "Николаевна",
                organizationId,
                "учитель математики",
                ExperienceLevel.EXPERIENCED,
                email);
    }

    @Test
    void givenRegisteredOrganization_register_savesEducatorWorkingThereAndReturnsTheId() {
        Organization school = AggregateTestData.organization("МБОУ СШ № 1");
        when(organizations.findById(school.getId())).thenReturn(Optional.of(school));

        EducatorId id = registerEducator.register(command(school.getId(), "filatova@school1.ru"));

        ArgumentCaptor<Educator> saved = ArgumentCaptor.forClass(Educator.class);
        verify(educators).save(saved.capture());
        Educator educator = saved.getValue();
        assertThat(educator.getId()).isEqualTo(id);
        assertThat(educator.name()).isEqualTo(new PersonName("Филатова", "Елена", "Николаевна"));
        assertThat(educator.organizationId()).isEqualTo(school.getId());
        assertThat(educator.position()).isEqualTo("учитель математики");
        assertThat(educator.experience()).isEqualTo(ExperienceLevel.EXPERIENCED);
        assertThat(educator.email()).isEqualTo("filatova@school1.ru");
        verify(publisher).publish(List.of(new EducatorRegistered(id, school.getId())));
    }

    @Test
    void givenNoOrganization_register_savesEducatorWithoutLookingOneUp() {
        registerEducator.register(command(null, null));

        ArgumentCaptor<Educator> saved = ArgumentCaptor.forClass(Educator.class);
        verify(educators).save(saved.capture());
        assertThat(saved.getValue().organizationId()).isNull();
        verifyNoInteractions(organizations);
    }

    @Test
    void givenUnknownOrganization_register_throwsNotFoundAndSavesNothing() {
        OrganizationId unknown = OrganizationId.random();
        when(organizations.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> registerEducator.register(command(unknown, null)))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments()).containsExactly("organization", unknown.toString()));
        verify(educators, never()).save(any());
        verifyNoInteractions(publisher);
        assertThat(uow.rollbacks()).isEqualTo(1);
    }

    @Test
    void givenMalformedEmail_register_refusesNamingEmailInRussianAndEnglish() {
        assertThatThrownBy(() -> registerEducator.register(command(null, "filatova@")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("email", "адрес электронной почты записан неверно"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly("email: is not a well-formed e-mail address");
                });
        verify(educators, never()).save(any());
        verifyNoInteractions(organizations, publisher);
    }

    @Test
    void givenNoSurnameAndNoExperience_register_refusesNamingEachField() {
        assertThatThrownBy(() -> registerEducator.register(
                        new RegisterEducatorCommand(null, "Елена", null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(
                                        tuple("experience", "обязательное поле не заполнено"),
                                        tuple("surname", "поле не должно быть пустым")));
        verify(educators, never()).save(any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenARegisterOfEducators_registerAll_savesThemTogetherAndReturnsTheIdsInOrder() {
        Organization school = AggregateTestData.organization("МБОУ СШ № 1");
        when(organizations.findAllById(any())).thenReturn(List.of(school));

        List<EducatorId> ids = registerEducator.registerAll(List.of(
                command(school.getId(), null),
                new RegisterEducatorCommand("Ёлкина", "Ольга", null, school.getId(), null, ExperienceLevel.YOUNG, null),
                new RegisterEducatorCommand("Петров", "Иван", null, null, null, ExperienceLevel.INEXPERIENCED, null)));

        ArgumentCaptor<List<Educator>> saved = ArgumentCaptor.forClass(List.class);
        verify(educators).saveAll(saved.capture());
        verify(educators, never()).save(any());
        assertThat(saved.getValue()).extracting(Educator::getId).containsExactlyElementsOf(ids);
        assertThat(saved.getValue())
                .extracting(e -> e.name().surname())
                .containsExactly("Филатова", "Ёлкина", "Петров");
        verify(publisher)
                .publish(List.of(
                        new EducatorRegistered(ids.get(0), school.getId()),
                        new EducatorRegistered(ids.get(1), school.getId()),
                        new EducatorRegistered(ids.get(2), null)));
    }

    @Test
    void givenOneInvalidEducatorInTheRegister_registerAll_isRefusedNamingItsFieldAndSavesNone() {
        assertThatThrownBy(() -> registerEducator.registerAll(List.of(
                        command(null, null),
                        new RegisterEducatorCommand(" ", "Иван", null, null, null, ExperienceLevel.YOUNG, null))))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("surname"));

        verifyNoInteractions(educators, publisher);
    }

    @Test
    void givenAnUnknownOrganizationInTheRegister_registerAll_throwsNotFoundAndSavesNone() {
        Organization school = AggregateTestData.organization("МБОУ СШ № 1");
        when(organizations.findAllById(any())).thenReturn(List.of(school));

        assertThatThrownBy(() -> registerEducator.registerAll(
                        List.of(command(school.getId(), null), command(OrganizationId.random(), null))))
                .isInstanceOf(NotFound.class);

        verifyNoInteractions(educators, publisher);
    }

    @Test
    void givenAStoredEducator_get_returnsEverythingRegistered() {
        Educator educator = Educator.register(
                EducatorId.random(),
                new PersonName("Филатова", "Елена", "Николаевна"),
                null,
                "учитель математики",
                ExperienceLevel.EXPERIENCED,
                "filatova@school1.ru");
        when(educators.findById(educator.getId())).thenReturn(Optional.of(educator));

        var view = getEducator.get(educator.getId());

        assertThat(view.fullName()).isEqualTo("Филатова Елена Николаевна");
        assertThat(view.position()).isEqualTo("учитель математики");
        assertThat(view.email()).isEqualTo("filatova@school1.ru");
        assertThat(view.experience()).isEqualTo(ExperienceLevel.EXPERIENCED);
    }

    @Test
    void givenAnUnknownEducator_get_isNotFound() {
        EducatorId unknown = EducatorId.random();
        when(educators.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> getEducator.get(unknown)).isInstanceOf(NotFound.class);
    }
}
