package org.stepahead.adapter.out.persistence.jdbc;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Persistence adapter: the JDBC connection of the current unit of work, held per thread. Reads outside a unit of
 * work use a short-lived connection of their own; writes outside one are refused.
 */
final class JdbcSession {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    JdbcSession(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Handle current() {
        return current.get();
    }

    void bind(Handle handle) {
        current.set(handle);
    }

    void unbind() {
        current.remove();
    }

    /** Reads with the unit of work's connection, or a connection of its own outside one. */
    <T> T read(Function<Handle, T> work) {
        Handle handle = current.get();
        if (handle != null) {
            return work.apply(handle);
        }
        try (Handle own = jdbi.open()) {
            return work.apply(own);
        }
    }

    /** Writes with the unit of work's connection; refuses to write outside a unit of work. */
    <T> T write(Function<Handle, T> work) {
        Handle handle = current.get();
        if (handle == null) {
            throw new IllegalStateException("A save must run inside a unit of work");
        }
        return work.apply(handle);
    }
}
