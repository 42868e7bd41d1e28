package org.stepahead.adapter.out.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.StorageUnreachableException;
import org.stepahead.application.port.out.UnitOfWork;

/**
 * Persistence adapter: one unit of work is one database transaction (READ COMMITTED; the aggregates' versions guard
 * against lost updates). Nested units of work join the outer one. A serialization failure, deadlock or lock timeout
 * is reported as a {@link ConcurrentUpdateException}; a lost connection as {@link StorageUnreachableException}.
 */
final class JdbcUnitOfWork implements UnitOfWork {

    private final JdbcSession session;
    private final Consumer<Connection> evict;

    /** The evictor takes a broken connection out of the pool so that no later unit of work is handed it. */
    JdbcUnitOfWork(JdbcSession session, Consumer<Connection> evict) {
        this.session = session;
        this.evict = evict;
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        if (session.current() != null) {
            return work.get();
        }
        Handle handle;
        try {
            handle = session.jdbi().open();
        } catch (JdbiException e) {
            throw new StorageUnreachableException("The database cannot be reached: " + e.getMessage(), e);
        }
        try (handle) {
            handle.setTransactionIsolationLevel(TransactionIsolationLevel.READ_COMMITTED);
            handle.begin();
            session.bind(handle);
            T result;
            try {
                result = work.get();
                handle.commit();
            } catch (RuntimeException e) {
                rollbackQuietly(handle, e);
                RuntimeException translated = translateSql(e);
                if (translated instanceof StorageUnreachableException) {
                    evict.accept(handle.getConnection());
                }
                throw translated;
            } catch (Error e) {
                rollbackQuietly(handle, e);
                throw e;
            }
            return result;
        } finally {
            session.unbind();
        }
    }

    private static void rollbackQuietly(Handle handle, Throwable cause) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static Throwable rootSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
        }
        return null;
    }

    static RuntimeException translateSql(RuntimeException e) {
        Throwable sql = rootSql(e);
        if (sql instanceof SQLException s && s.getSQLState() != null) {
            String state = s.getSQLState();
            // 40xxx serialization failure or deadlock, HYT00 lock timeout (H2), 90131 concurrent update (H2),
            // 55P03 lock not available (PostgreSQL).
            if (state.startsWith("40") || state.equals("HYT00") || state.equals("90131") || state.equals("55P03")) {
                return new ConcurrentUpdateException("transaction", state, -1);
            }
            // 08xxx connection exceptions; 90007 (H2): the connection is closed.
            if (state.startsWith("08") || state.equals("90007")) {
                return new StorageUnreachableException("The database connection was lost: " + s.getMessage(), e);
            }
        }
        return e;
    }
}
