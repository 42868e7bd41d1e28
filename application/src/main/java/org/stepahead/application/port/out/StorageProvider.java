package org.stepahead.application.port.out;

import java.util.ServiceLoader;

/**
 * Outgoing port and service-provider interface: opens a {@link Storage} for a location — {@code memory:}, a JDBC
 * URL, or a path. Persistence adapters register implementations in
 * {@code META-INF/services/org.stepahead.application.port.out.StorageProvider}; whoever starts the system finds them
 * with {@link #find(String)}.
 */
public interface StorageProvider {

    /** The location of the embedded default storage: an H2 file under the data directory. */
    String EMBEDDED_DEFAULT = "embedded:default";

    /** A short name, e.g. {@code memory} or {@code jdbc}. */
    String name();

    /** Whether this provider opens the given location. */
    boolean supports(String location);

    /**
     * Opens the storage at a location this provider supports; fails with a StorageUnavailableException when it cannot.
     */
    Storage open(String location);

    /** Opens the location with the first registered provider that supports it. */
    static Storage find(String location) {
        return find(location, StorageProvider.class.getClassLoader());
    }

    /**
     * Opens the location with the first provider registered in the given class loader that supports it; throws
     * StorageUnavailableException when none does.
     */
    static Storage find(String location, ClassLoader classLoader) {
        for (StorageProvider provider : ServiceLoader.load(StorageProvider.class, classLoader)) {
            if (provider.supports(location)) {
                return provider.open(location);
            }
        }
        throw new StorageUnreachableException("No storage provider opens \"" + location + "\"");
    }
}
