package org.stepahead.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.Storage;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.organization.Organization;

class JdbcConcurrencyTest {

    private static final int THREADS = 8;
    private static final int UPDATES_PER_THREAD = 200;

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2 file", (Supplier<Storage>) TestDatabases::h2File),
                Arguments.of("PostgreSQL", (Supplier<Storage>) TestDatabases::embeddedPostgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void givenEightThreadsUpdatingOneCommunity_whenEachAppendsATask_thenEveryUpdateCommitsOrConflictsAndNoneIsLost(
            String name, Supplier<Storage> database) throws Exception {
        try (Storage storage = database.get()) {
            Organization school = JdbcFixtures.school("Школа");
            Community community = JdbcFixtures.community(school.getId());
            storage.unitOfWork().run(() -> {
                storage.organizations().save(school);
                storage.communities().save(community);
            });

            List<String> committed = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger conflicts = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < UPDATES_PER_THREAD; i++) {
                        String task = "t" + thread + "-" + i;
                        try {
                            storage.unitOfWork().run(() -> {
                                Community loaded = storage.communities()
                                        .findById(community.getId())
                                        .orElseThrow();
                                CommunityProfile p = loaded.profile();
                                List<String> tasks = new ArrayList<>(p.tasks());
                                tasks.add(task);
                                loaded.revise(new CommunityProfile(
                                        p.goal(),
                                        tasks,
                                        p.functions(),
                                        p.principles(),
                                        p.directions(),
                                        p.forms(),
                                        p.rights(),
                                        p.partners()));
                                storage.communities().save(loaded);
                            });
                            committed.add(task);
                        } catch (ConcurrentUpdateException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            Community finalState =
                    storage.communities().findById(community.getId()).orElseThrow();
            assertThat(committed.size() + conflicts.get()).isEqualTo(THREADS * UPDATES_PER_THREAD);
            assertThat(committed).isNotEmpty();
            assertThat(finalState.profile().tasks()).containsExactlyInAnyOrderElementsOf(committed);
            assertThat(finalState.version()).isEqualTo(1L + committed.size());
        }
    }
}
