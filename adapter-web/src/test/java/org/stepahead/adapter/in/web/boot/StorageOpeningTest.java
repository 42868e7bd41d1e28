package org.stepahead.adapter.in.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import org.stepahead.application.port.out.StorageUnreachableException;

class StorageOpeningTest {

    /** Opens a mock storage per location and notes on which thread. */
    private final Map<String, Storage> opened = new ConcurrentHashMap<>();

    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final StorageOpening opening = new StorageOpening(this::open);

    private Storage open(String location) {
        threads.add(Thread.currentThread().getName());
        return opened.computeIfAbsent(location, l -> mock(Storage.class));
    }

    @Test
    void theStorageOpensOnItsOwnThreadAndTheBeanTakesThatOne() {
        opening.start("jdbc:h2:file:/srv/stepahead");

        assertThat(opening.holdsAnOpening()).isTrue();
        Storage taken = opening.take("jdbc:h2:file:/srv/stepahead");

        assertThat(opening.holdsAnOpening()).isFalse();
        assertThat(taken).isSameAs(opened.get("jdbc:h2:file:/srv/stepahead"));
        assertThat(threads).containsExactly(StorageOpening.THREAD);
    }

    @Test
    void theBeanWaitsForAStorageStillOpening() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Storage slow = mock(Storage.class);
        StorageOpening slowOpening = new StorageOpening(location -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return slow;
        });
        slowOpening.start("embedded:default");
        Thread releaser = new Thread(release::countDown);
        releaser.start();

        assertThat(slowOpening.take("embedded:default")).isSameAs(slow);
        releaser.join();
    }

    @Test
    void aRefusalFailsTheStartWithTheStoragesOwnException() {
        StorageOpening refusing = new StorageOpening(location -> {
            throw new StorageUnreachableException("The database H2 file /srv/stepahead cannot be opened: locked");
        });
        refusing.start("embedded:default");

        assertThatThrownBy(() -> refusing.take("embedded:default"))
                .isExactlyInstanceOf(StorageUnreachableException.class)
                .hasMessage("The database H2 file /srv/stepahead cannot be opened: locked");
    }

    @Test
    void anotherLocationIsOpenedDirectlyAndTheEarlyOneIsClosed() {
        opening.start("embedded:default");

        Storage taken = opening.take("memory:other");

        assertThat(taken).isSameAs(opened.get("memory:other"));
        verify(awaitOpened("embedded:default"), timeout(5_000)).close();
    }

    @Test
    void withoutAnEarlyStartTheBeanOpensTheStorageItself() {
        Storage taken = opening.take("memory:direct");

        assertThat(taken).isSameAs(opened.get("memory:direct"));
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aStartThatFailsBeforeTheBeanAskedClosesWhatWasOpened() {
        opening.start("embedded:default");

        opening.abandon();

        Storage early = awaitOpened("embedded:default");
        verify(early, timeout(5_000)).close();
    }

    @Test
    void theStorageTakenByTheBeanIsNotClosedByTheOpening() {
        opening.start("embedded:default");
        Storage taken = opening.take("embedded:default");

        opening.abandon();

        verify(taken, never()).close();
    }

    @Test
    void theLocationIsReadAsTheStoragePropertySaysAndDefaultsToTheEmbeddedDatabase() {
        assertThat(StorageOpening.location(new MockEnvironment())).isEqualTo(StorageProvider.EMBEDDED_DEFAULT);
        assertThat(StorageOpening.location(new MockEnvironment().withProperty("stepahead.storage", "memory:x")))
                .isEqualTo("memory:x");
    }

    @Test
    void theServiceStartedAsMainStartsItTakesTheStorageOpenedBesideTheContext() {
        try (ConfigurableApplicationContext context = StepAheadWebApplication.application()
                .run(
                        "--server.port=0",
                        "--stepahead.storage=memory:opening",
                        "--spring.main.banner-mode=off",
                        "--stepahead.admin.user=admin",
                        "--stepahead.admin.password=opening-secret")) {
            StorageOpening used = context.getBean(StorageOpening.BEAN, StorageOpening.class);
            assertThat(used.holdsAnOpening())
                    .as("the storage bean took the early opening")
                    .isFalse();
            assertThat(context.getBean(Storage.class).description()).startsWith("memory");
        }
    }

    private Storage awaitOpened(String location) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!opened.containsKey(location) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(opened).containsKey(location);
        return opened.get(location);
    }
}
