package org.stepahead.adapter.out.persistence.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/**
 * Persistence adapter: the {@code memory} storage provider. {@code memory:} opens a fresh, empty store each time;
 * {@code memory:<name>} opens the store of that name, shared by everyone in this JVM who opens the same name.
 */
public final class InMemoryStorageProvider implements StorageProvider {

    private static final String SCHEME = "memory:";
    private static final Map<String, InMemoryDatabase> NAMED = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean supports(String location) {
        return location != null && location.strip().startsWith(SCHEME);
    }

    @Override
    public Storage open(String location) {
        if (!supports(location)) {
            throw new IllegalArgumentException("Not a memory location: " + location);
        }
        String name = location.strip().substring(SCHEME.length()).strip();
        if (name.isEmpty()) {
            return new InMemoryStorage();
        }
        return new InMemoryStorage(NAMED.computeIfAbsent(name, n -> new InMemoryDatabase()), SCHEME + name);
    }
}
