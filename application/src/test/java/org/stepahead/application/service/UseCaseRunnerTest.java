package org.stepahead.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.organization.OrganizationRegistered;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

class UseCaseRunnerTest {

    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);

    private static RegisterOrganizationCommand command(String name) {
        return new RegisterOrganizationCommand(name, null, OrganizationKind.SCHOOL, null, false, false);
    }

    private static Organization newOrganization() {
        return Organization.register(
                OrganizationId.random(), "МБОУ СШ № 1", null, OrganizationKind.SCHOOL, null, false, false);
    }

    @Test
    void givenValidCommand_execute_runsWorkInOneUnitOfWorkAndReturnsItsResult() {
        RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);

        String result = runner.execute(command("Школа"), changes -> "done");

        assertThat(result).isEqualTo("done");
        assertThat(uow.journal()).containsExactly("begin", "commit");
        verifyNoInteractions(publisher);
    }

    @Test
    void givenInvalidCommand_execute_refusesBeforeAnyUnitOfWorkNamingTheFieldInRussian() {
        RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);

        assertThatThrownBy(() -> runner.execute(command(" "), changes -> "never"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "поле не должно быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH)).containsExactly("name: must not be blank");
                    assertThat(e.getMessage()).isEqualTo("name: поле не должно быть пустым");
                });
        assertThat(uow.journal()).isEmpty();
        verifyNoInteractions(publisher);
    }

    /** A committing unit of work whose journal also shows when the publisher was called; saves succeed. */
    private RecordingUnitOfWork journallingPublications() {
        RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
        when(organizations.save(any())).thenReturn(0L);
        doAnswer(inv -> {
                    uow.note("publish");
                    return null;
                })
                .when(publisher)
                .publish(any());
        return uow;
    }

    @Test
    void givenAUseCaseRunFromInsideAnother_execute_joinsIt_andPublishesEverythingOnceAfterTheOuterCommit() {
        RecordingUnitOfWork uow = journallingPublications();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);

        runner.execute(command("Импорт"), outer -> {
            outer.save(organizations::save, newOrganization());
            runner.execute(command("Школа"), inner -> inner.save(organizations::save, newOrganization()));
            uow.note("inner returned");
            return null;
        });

        assertThat(uow.journal()).containsExactly("begin", "begin", "commit", "inner returned", "commit", "publish");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DomainEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(publisher).publish(events.capture());
        assertThat(events.getValue()).hasSize(2).allMatch(OrganizationRegistered.class::isInstance);
    }

    @Test
    void givenTheOuterUseCaseFailsAfterAnInnerOneReturned_execute_publishesNothing() {
        UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);
        when(organizations.save(any())).thenReturn(0L);

        assertThatThrownBy(() -> runner.execute(command("Импорт"), outer -> {
                    runner.execute(command("Школа"), inner -> inner.save(organizations::save, newOrganization()));
                    throw new StorageUnreachableException("disk full");
                }))
                .isInstanceOf(StorageUnavailableException.class);

        verifyNoInteractions(publisher);
        assertThatCode(() -> runner.execute(
                        command("Школа"), changes -> changes.save(organizations::save, newOrganization())))
                .doesNotThrowAnyException();
        verify(publisher).publish(any());
    }

    @Test
    void givenSavedAggregateWithEvents_execute_publishesItsEventsOnlyAfterTheCommit() {
        RecordingUnitOfWork uow = journallingPublications();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);
        Organization organization = newOrganization();

        runner.execute(command("Школа"), changes -> changes.save(organizations::save, organization));

        assertThat(uow.journal()).containsExactly("begin", "commit", "publish");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DomainEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(publisher).publish(events.capture());
        assertThat(events.getValue()).containsExactly(new OrganizationRegistered(organization.getId(), "МБОУ СШ № 1"));
        assertThat(organization.pullEvents()).isEmpty();
    }

    @Test
    void givenCommitFails_execute_publishesNothing() {
        RecordingUnitOfWork uow = RecordingUnitOfWork.failingOnCommit();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);

        assertThatThrownBy(() -> runner.execute(
                        command("Школа"), changes -> changes.save(organizations::save, newOrganization())))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(uow.journal()).containsExactly("begin", "rollback");
        verifyNoInteractions(publisher);
    }

    @Test
    void givenWorkRefusedByTheDomainAfterASave_execute_rollsBackAndPublishesNothing() {
        RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);

        assertThatThrownBy(() -> runner.execute(command("Школа"), changes -> {
                    changes.save(organizations::save, newOrganization());
                    throw new DomainRuleViolation("some.rule");
                }))
                .isInstanceOf(DomainRuleViolation.class);

        assertThat(uow.commits()).isZero();
        assertThat(uow.rollbacks()).isEqualTo(1);
        verifyNoInteractions(publisher);
    }

    @Test
    void givenSaveOfAggregateWithoutEvents_execute_doesNotCallThePublisher() {
        UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);
        Organization stored = AggregateTestData.organization("Школа");

        runner.execute(command("Школа"), changes -> changes.save(organizations::save, stored));

        verify(organizations).save(stored);
        verify(publisher, never()).publish(any());
    }

    @Test
    void givenRepositoryAnswersNewVersion_save_returnsThatVersion() {
        when(organizations.save(any())).thenReturn(7L);
        UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);

        long version =
                runner.execute(command("Школа"), changes -> changes.save(organizations::save, newOrganization()));

        assertThat(version).isEqualTo(7L);
    }

    @Test
    void givenValidQuery_query_readsInsideOneUnitOfWork() {
        RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);

        String answer = runner.query("all", q -> "read " + q);

        assertThat(answer).isEqualTo("read all");
        assertThat(uow.journal()).containsExactly("begin", "commit");
    }

    @Test
    void givenOtherVersionThanLoaded_expectVersion_throwsConflict() {
        Organization loaded = AggregateTestData.stored(newOrganization(), 3);

        assertThatThrownBy(() -> UseCaseRunner.expectVersion(2L, loaded, "organization"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.aggregate()).isEqualTo("organization");
                    assertThat(e.id()).isEqualTo(loaded.getId().toString());
                    assertThat(e.expectedVersion()).isEqualTo(2L);
                });
    }

    @Test
    void givenAStoreReportingAConcurrentUpdate_executeAndQuery_throwAConflictOfTheIncomingPorts() {
        UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);
        ConcurrentUpdateException stale = new ConcurrentUpdateException("organization", "o-1", 4);

        assertThatThrownBy(() -> runner.execute(command("Школа"), changes -> {
                    throw stale;
                }))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.aggregate()).isEqualTo("organization");
                    assertThat(e.id()).isEqualTo("o-1");
                    assertThat(e.expectedVersion()).isEqualTo(4L);
                    assertThat(e.getCause()).isSameAs(stale);
                });
        assertThatThrownBy(() -> runner.query("all", q -> {
                    throw stale;
                }))
                .isInstanceOf(ConflictException.class);
        verifyNoInteractions(publisher);
    }

    @Test
    void givenSameOrNoExpectedVersion_expectVersion_accepts() {
        Organization loaded = AggregateTestData.stored(newOrganization(), 3);

        assertThatCode(() -> UseCaseRunner.expectVersion(3L, loaded, "organization"))
                .doesNotThrowAnyException();
        assertThatCode(() -> UseCaseRunner.expectVersion(null, loaded, "organization"))
                .doesNotThrowAnyException();
    }

    @Test
    void givenTheStoredVersion_change_letsTheWorkChangeTheAggregateAndSavesIt() {
        RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
        UseCaseRunner runner = new UseCaseRunner(uow, publisher);
        Organization stored = AggregateTestData.stored(newOrganization(), 3);
        when(organizations.findById(stored.getId())).thenReturn(Optional.of(stored));
        List<Organization> changed = new ArrayList<>();

        runner.change(command("Школа"), organizations, "organization", stored.getId(), 3L, changed::add);

        assertThat(changed).containsExactly(stored);
        verify(organizations).save(stored);
        assertThat(uow.journal()).containsExactly("begin", "commit");
    }

    @Test
    void givenAnotherVersionThanTheStoredOne_change_refusesWithoutWorkOrSave() {
        UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);
        Organization stored = AggregateTestData.stored(newOrganization(), 3);
        when(organizations.findById(stored.getId())).thenReturn(Optional.of(stored));
        List<Organization> changed = new ArrayList<>();

        assertThatThrownBy(() -> runner.change(
                        command("Школа"), organizations, "organization", stored.getId(), 2L, changed::add))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.aggregate()).isEqualTo("organization"));
        assertThat(changed).isEmpty();
        verify(organizations, never()).save(any());
    }

    @Test
    void givenNoStoredAggregateOfTheId_load_throwsNotFoundOfTheKind() {
        OrganizationId missing = OrganizationId.random();
        when(organizations.findById(missing)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> UseCaseRunner.load(organizations, "organization", missing))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments()).containsExactly("organization", missing.toString()));
    }

    @Test
    void givenWorkBuildingAnAggregate_create_savesItAndReturnsItsId() {
        UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);
        Organization built = newOrganization();

        OrganizationId id = runner.create(command("Школа"), organizations, () -> built);

        assertThat(id).isEqualTo(built.getId());
        verify(organizations).save(built);
    }
}
