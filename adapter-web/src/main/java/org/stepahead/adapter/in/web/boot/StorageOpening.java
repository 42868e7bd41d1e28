package org.stepahead.adapter.in.web.boot;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/**
 * Opens the storage while Spring builds the rest of the service: as soon as the environment is known, a thread of
 * its own opens the location named by {@code stepahead.storage} (the connection pool, the H2 file, the schema check)
 * while the main thread reads the configuration classes; the {@code storage} bean then takes what was opened. The
 * storage's half second of start-up overlaps the rest; on two cores, whose second one the JIT compiler already
 * uses, the gain measured was small (docs/performance.md).
 *
 * <p>Nothing changes but the thread: the same provider opens the same location once, a refusal fails the start with
 * the storage's own exception when the bean asks for it, and a start that fails before that closes what was
 * opened. Without this listener (tests that build the context themselves) the bean opens the storage itself.
 */
public final class StorageOpening implements ApplicationListener<SpringApplicationEvent> {

    static final String BEAN = "storageOpening";
    static final String THREAD = "storage-opening";

    private final Function<String, Storage> opener;
    private final AtomicReference<Opening> pending = new AtomicReference<>();

    private record Opening(String location, CompletableFuture<Storage> storage) {}

    public StorageOpening() {
        this(StorageProvider::find);
    }

    StorageOpening(Function<String, Storage> opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(location(prepared.getEnvironment()));
        } else if (event instanceof ApplicationPreparedEvent contextPrepared) {
            contextPrepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN, this);
        } else if (event instanceof ApplicationFailedEvent) {
            abandon();
        }
    }

    /** The location the {@code storage} bean opens, read the same way. */
    static String location(Environment environment) {
        return environment.getProperty("stepahead.storage", StorageProvider.EMBEDDED_DEFAULT);
    }

    void start(String location) {
        CompletableFuture<Storage> storage = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        storage.complete(opener.apply(location));
                    } catch (Throwable e) { // handed to the start-up thread, which rethrows it
                        storage.completeExceptionally(e);
                    }
                },
                THREAD);
        thread.setDaemon(true);
        Opening previous = pending.getAndSet(new Opening(location, storage));
        thread.start();
        if (previous != null) {
            close(previous);
        }
    }

    /**
     * The storage at the location: the one opened early when it is the same location (waiting for it if need be),
     * else opened now. A refusal is rethrown as the opener threw it.
     */
    Storage take(String location) {
        Opening opening = pending.getAndSet(null);
        if (opening == null) {
            return opener.apply(location);
        }
        if (!opening.location().equals(location)) {
            close(opening);
            return opener.apply(location);
        }
        try {
            return opening.storage().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Whether an early opening waits to be taken. */
    boolean holdsAnOpening() {
        return pending.get() != null;
    }

    /** A start that failed before taking the storage: whatever was opened is closed. */
    void abandon() {
        Opening opening = pending.getAndSet(null);
        if (opening != null) {
            close(opening);
        }
    }

    private static void close(Opening opening) {
        opening.storage().thenAccept(Storage::close);
    }
}
