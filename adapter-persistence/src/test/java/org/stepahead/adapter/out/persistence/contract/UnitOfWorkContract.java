package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;

/**
 * Port contract: units of work are atomic and isolated — a failed unit leaves no trace, a save based on a stale
 * version is a conflict that keeps nothing of its unit, concurrent changes never get lost, saving needs a unit of
 * work, and nested units join the outer one.
 */
public abstract class UnitOfWorkContract extends StorageContract {

    /** Thrown by work that fails on purpose. */
    private static final class Failure extends RuntimeException {
        Failure() {
            super("failing on purpose");
        }
    }

    @Test
    void givenAnOpenStorage_probed_answersInsideAndOutsideAUnitOfWorkAndChangesNothing() {
        Organization stored = storedOrganization("Гимназия № 3");

        inUnit(() -> storage.probe());
        storage.probe();

        assertThat(storage.organizations().findAll())
                .extracting(Organization::getId)
                .containsExactly(stored.getId());
    }

    @Test
    void givenWork_executed_returnsItsResult() {
        assertThat(inUnit(() -> "result")).isEqualTo("result");
    }

    @Test
    void givenWorkThatSavesToSeveralRepositoriesAndThrows_executed_keepsNothing() {
        Organization organization = TestData.organization("Лицей № 2");
        Educator educator = TestData.educator("Иванова", "Анна", null, organization.getId(), ExperienceLevel.YOUNG);
        Community community = TestData.community("Клуб", organization.getId());
        Membership membership = TestData.membership(community.getId(), educator, Role.MEMBER);
        Event event = TestData.event(community.getId(), TestData.SEPTEMBER_1);

        assertThatThrownBy(() -> inUnit(() -> {
                    storage.organizations().save(organization);
                    storage.educators().save(educator);
                    storage.communities().save(community);
                    storage.memberships().save(membership);
                    storage.events().save(event);
                    throw new Failure();
                }))
                .isInstanceOf(Failure.class);
        reopen();

        assertThat(storage.organizations().findById(organization.getId())).isEmpty();
        assertThat(storage.educators().findById(educator.getId())).isEmpty();
        assertThat(storage.communities().findById(community.getId())).isEmpty();
        assertThat(storage.memberships().findById(membership.getId())).isEmpty();
        assertThat(storage.events().findById(event.getId())).isEmpty();
        assertThat(storage.organizations().findAll()).isEmpty();
    }

    @Test
    void givenWorkThatChangesStoredAggregatesAndThrows_executed_keepsTheOldState() {
        Organization loaded = storedOrganization("Лицей № 2");
        loaded.rename("Переименован", null);

        assertThatThrownBy(() -> inUnit(() -> {
                    storage.organizations().save(loaded);
                    throw new Failure();
                }))
                .isInstanceOf(Failure.class);

        Organization found = storage.organizations().findById(loaded.getId()).orElseThrow();
        assertThat(found.name()).isEqualTo("Лицей № 2");
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void givenStaleSaveAmongOtherWrites_executed_isAConflictAndKeepsNothingOfTheUnit() {
        Organization first = storedOrganization("Лицей № 2");
        Organization stale = storage.organizations().findById(first.getId()).orElseThrow();
        first.rename("Первое изменение", null);
        inUnit(() -> storage.organizations().save(first));
        Organization newOne = TestData.organization("Новая школа");
        Community community = TestData.community("Клуб", first.getId());
        stale.rename("Второе изменение", null);

        assertThatThrownBy(() -> inUnit(() -> {
                    storage.organizations().save(newOne);
                    storage.communities().save(community);
                    storage.organizations().save(stale);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);
        reopen();

        assertThat(storage.organizations().findById(newOne.getId())).isEmpty();
        assertThat(storage.communities().findById(community.getId())).isEmpty();
        Organization found = storage.organizations().findById(first.getId()).orElseThrow();
        assertThat(found.name()).isEqualTo("Первое изменение");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void givenTwoLoadsOfOneAggregate_bothSavedInSeparateUnits_theSecondConflicts() {
        Organization stored = storedOrganization("Лицей № 2");
        Organization one = storage.organizations().findById(stored.getId()).orElseThrow();
        Organization two = storage.organizations().findById(stored.getId()).orElseThrow();
        one.rename("Первый", null);
        two.rename("Второй", null);

        inUnit(() -> storage.organizations().save(one));
        Throwable thrown =
                catchConflict(() -> inUnit(() -> storage.organizations().save(two)));

        assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
        ConcurrentUpdateException conflict = (ConcurrentUpdateException) thrown;
        assertThat(conflict.id()).isEqualTo(stored.getId().toString());
        assertThat(conflict.expectedVersion()).isEqualTo(1);
        Organization found = storage.organizations().findById(stored.getId()).orElseThrow();
        assertThat(found.name()).isEqualTo("Первый");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void givenAggregateLoadedBeforeAnotherThreadCommitted_savedAfterwards_conflicts() throws Exception {
        Organization stored = storedOrganization("Лицей № 2");
        Organization newOne = TestData.organization("Новая школа");

        Throwable thrown = catchConflict(() -> inUnit(() -> {
            Organization mine = storage.organizations().findById(stored.getId()).orElseThrow();
            storage.organizations().save(newOne);
            runInOtherThread(() -> inUnit(() -> {
                Organization theirs =
                        storage.organizations().findById(stored.getId()).orElseThrow();
                theirs.rename("Другой поток", null);
                storage.organizations().save(theirs);
            }));
            mine.rename("Этот поток", null);
            storage.organizations().save(mine);
        }));

        assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.organizations()
                        .findById(stored.getId())
                        .orElseThrow()
                        .name())
                .isEqualTo("Другой поток");
        assertThat(storage.organizations().findById(newOne.getId())).isEmpty();
    }

    @Test
    void givenUncommittedWrite_readFromAnotherThread_isNotSeenUntilCommit() {
        Organization stored = storedOrganization("Лицей № 2");
        Organization newOne = TestData.organization("Новая школа");
        AtomicReference<String> seenName = new AtomicReference<>();
        AtomicReference<Boolean> seenNew = new AtomicReference<>();

        inUnit(() -> {
            Organization mine = storage.organizations().findById(stored.getId()).orElseThrow();
            mine.rename("Не зафиксировано", null);
            storage.organizations().save(mine);
            storage.organizations().save(newOne);
            runInOtherThread(() -> {
                seenName.set(storage.organizations()
                        .findById(stored.getId())
                        .orElseThrow()
                        .name());
                seenNew.set(storage.organizations().findById(newOne.getId()).isPresent());
            });
        });

        assertThat(seenName.get()).isEqualTo("Лицей № 2");
        assertThat(seenNew.get()).isFalse();
        assertThat(storage.organizations()
                        .findById(stored.getId())
                        .orElseThrow()
                        .name())
                .isEqualTo("Не зафиксировано");
        assertThat(storage.organizations().findById(newOne.getId())).isPresent();
    }

    @Test
    void givenUnitThatSaved_readingInTheSameUnit_seesItsOwnWrites() {
        Organization stored = storedOrganization("Лицей № 2");
        Organization newOne = TestData.organization("Новая школа");

        List<String> seen = inUnit(() -> {
            Organization mine = storage.organizations().findById(stored.getId()).orElseThrow();
            mine.rename("Переименован", null);
            storage.organizations().save(mine);
            storage.organizations().save(newOne);
            List<String> names = new ArrayList<>();
            names.add(storage.organizations()
                    .findById(stored.getId())
                    .orElseThrow()
                    .name());
            names.add(String.valueOf(storage.organizations()
                    .findById(stored.getId())
                    .orElseThrow()
                    .version()));
            storage.organizations().findAll().forEach(o -> names.add(o.name()));
            return names;
        });

        assertThat(seen).containsExactly("Переименован", "2", "Новая школа", "Переименован");
    }

    @Test
    void givenAggregateReloadedInTheUnitThatSavedIt_savedAgain_versionAdvancesTwice() {
        Organization stored = storedOrganization("Лицей № 2");

        long version = inUnit(() -> {
            Organization first =
                    storage.organizations().findById(stored.getId()).orElseThrow();
            first.rename("Первое", null);
            storage.organizations().save(first);
            Organization again =
                    storage.organizations().findById(stored.getId()).orElseThrow();
            again.rename("Второе", null);
            return storage.organizations().save(again);
        });

        Organization found = storage.organizations().findById(stored.getId()).orElseThrow();
        assertThat(version).isEqualTo(3);
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.name()).isEqualTo("Второе");
    }

    @Test
    void givenAggregateSavedInThisUnit_savedAgainWithTheVersionItWasLoadedAt_isAConflict() {
        Organization stored = storedOrganization("Лицей № 2");
        Organization newOne = TestData.organization("Новая школа");

        assertThatThrownBy(() -> inUnit(() -> {
                    storage.organizations().save(stored);
                    storage.organizations().save(stored);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> inUnit(() -> {
                    storage.organizations().save(newOne);
                    storage.organizations().save(newOne);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.organizations()
                        .findById(stored.getId())
                        .orElseThrow()
                        .version())
                .isEqualTo(1);
        assertThat(storage.organizations().findById(newOne.getId())).isEmpty();
    }

    @Test
    void givenNoUnitOfWork_saving_isRefusedAndNothingIsStored() {
        Organization organization = TestData.organization("Лицей № 2");
        Educator educator = TestData.educator("Иванова", "Анна", null, organization.getId(), ExperienceLevel.YOUNG);
        Community community = TestData.community("Клуб", organization.getId());
        Membership membership = TestData.membership(community.getId(), educator, Role.MEMBER);
        Event event = TestData.event(community.getId(), TestData.SEPTEMBER_1);

        assertThatThrownBy(() -> storage.organizations().save(organization)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> storage.educators().save(educator)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> storage.communities().save(community)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> storage.memberships().save(membership)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> storage.events().save(event)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> storage.programs()
                        .save(org.stepahead.domain.program.Program.draft(
                                org.stepahead.domain.program.ProgramId.random(),
                                community.getId(),
                                org.stepahead.domain.program.ProgramKind.PROJECT,
                                "Проект",
                                null,
                                null,
                                List.of(),
                                TestData.ACADEMIC_YEAR)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(storage.organizations().findById(organization.getId())).isEmpty();
        assertThat(storage.educators().findById(educator.getId())).isEmpty();
    }

    @Test
    void givenNestedUnit_whenTheOuterReturns_bothCommitTogether() {
        Organization outer = TestData.organization("Внешняя");
        Organization inner = TestData.organization("Внутренняя");
        AtomicReference<Boolean> innerSeesOuter = new AtomicReference<>();
        AtomicReference<Boolean> committedAfterInner = new AtomicReference<>();

        inUnit(() -> {
            storage.organizations().save(outer);
            inUnit(() -> {
                innerSeesOuter.set(
                        storage.organizations().findById(outer.getId()).isPresent());
                storage.organizations().save(inner);
            });
            runInOtherThread(() -> committedAfterInner.set(
                    storage.organizations().findById(inner.getId()).isPresent()));
        });

        assertThat(innerSeesOuter.get()).isTrue();
        assertThat(committedAfterInner.get())
                .as("inner unit committed on its own")
                .isFalse();
        assertThat(storage.organizations().findById(outer.getId())).isPresent();
        assertThat(storage.organizations().findById(inner.getId())).isPresent();
    }

    @Test
    void givenNestedUnitReturned_whenTheOuterThrows_nothingOfEitherIsKept() {
        Organization outer = TestData.organization("Внешняя");
        Organization inner = TestData.organization("Внутренняя");

        assertThatThrownBy(() -> inUnit(() -> {
                    storage.organizations().save(outer);
                    inUnit(() -> storage.organizations().save(inner));
                    throw new Failure();
                }))
                .isInstanceOf(Failure.class);

        assertThat(storage.organizations().findById(outer.getId())).isEmpty();
        assertThat(storage.organizations().findById(inner.getId())).isEmpty();
    }

    @Test
    void givenEightThreadsMakingConflictingChanges_executed_everyChangeCommitsOrConflictsAndNoneIsLost()
            throws Exception {
        Organization coordinator = storedOrganization("ЦВР");
        Community community = storedCommunity("Клуб", coordinator.getId());
        int threads = 8;
        int attemptsPerThread = 50;
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attemptsPerThread; i++) {
                        String task = "задача " + thread + "-" + i;
                        try {
                            inUnit(() -> appendTask(community, task));
                            committed.add(task);
                        } catch (ConcurrentUpdateException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        reopen();

        Community found = storage.communities().findById(community.getId()).orElseThrow();
        assertThat(committed.size() + conflicts.get()).isEqualTo(threads * attemptsPerThread);
        assertThat(committed).isNotEmpty();
        assertThat(found.version()).isEqualTo(1L + committed.size());
        assertThat(found.profile().tasks()).containsExactlyInAnyOrderElementsOf(committed);
    }

    private void appendTask(Community community, String task) {
        Community loaded = storage.communities().findById(community.getId()).orElseThrow();
        CommunityProfile p = loaded.profile();
        List<String> tasks = new ArrayList<>(p.tasks());
        tasks.add(task);
        Thread.yield();
        loaded.revise(new CommunityProfile(
                p.goal(), tasks, p.functions(), p.principles(), p.directions(), p.forms(), p.rights(), p.partners()));
        storage.communities().save(loaded);
        pause();
    }

    /** Lets other threads run between a save and its commit, where a store must check versions again. */
    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Throwable catchConflict(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Runs the action on another thread (outside this thread's unit of work) and waits for it. */
    private static void runInOtherThread(Runnable action) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.start();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("the other thread did not finish");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the other thread failed", failure.get());
        }
    }
}
