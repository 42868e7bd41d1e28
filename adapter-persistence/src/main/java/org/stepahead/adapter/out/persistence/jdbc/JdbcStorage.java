package org.stepahead.adapter.out.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.stepahead.adapter.out.persistence.RepositoryStorage;
import org.stepahead.application.port.out.StorageUnreachableException;

/**
 * Persistence adapter: the JDBC store over a pooled data source (HikariCP) with JDBI; the schema is created and
 * migrated by Flyway when the storage opens. The same migrations serve H2 (PostgreSQL mode) and PostgreSQL.
 */
public final class JdbcStorage extends RepositoryStorage {

    private static final List<Class<?>> ROW_TYPES = List.of(
            OrganizationRow.class,
            EducatorRow.class,
            CommunityRow.class,
            CommunityChildRows.TextRow.class,
            CommunityChildRows.FunctionRow.class,
            CommunityChildRows.DirectionRow.class,
            CommunityChildRows.DirectionItemRow.class,
            CommunityChildRows.FormRow.class,
            CommunityChildRows.PartnerRow.class,
            CommunityChildRows.DayOffRow.class,
            MembershipRow.class,
            MembershipChildRows.RoleRow.class,
            MembershipChildRows.LinkRow.class,
            MembershipChildRows.LinkFunctionRow.class,
            MembershipChildRows.RegisterRow.class,
            ProgramRows.ProgramRow.class,
            ProgramRows.TaskRow.class,
            ProgramRows.AgreedByRow.class,
            ProgramRows.StageRow.class,
            ProgramRows.DirectionRow.class,
            ProgramRows.ActivityRow.class,
            ProgramRows.ActivityFormRow.class,
            ProgramRows.ResponsibleRow.class,
            ProgramRows.TutorFunctionRow.class,
            ProgramRows.ResultRow.class,
            ProgramRows.EvidenceRow.class,
            ProgramRows.IndicatorRow.class,
            ProgramRows.MeasurementRow.class,
            ScheduleRows.ScheduleRow.class,
            EventRows.EventRow.class,
            EventRows.FacilitatorRow.class,
            EventRows.AttendanceRow.class,
            EventRows.AgendaItemRow.class,
            EventRows.AgendaLineRow.class,
            AccountRows.AccountRow.class,
            AccountRows.TokenRow.class,
            EventRows.PlannedDecisionRow.class,
            EventRows.EventAttendanceRow.class,
            EventRows.MemberAttendanceRow.class,
            JdbcImportedDocumentRepository.ImportRow.class);

    private final HikariDataSource dataSource;
    private final JdbcSession session;

    private JdbcStorage(HikariDataSource dataSource, String description) {
        this(dataSource, session(dataSource), description);
    }

    private JdbcStorage(HikariDataSource dataSource, JdbcSession session, String description) {
        super(
                new Repositories(
                        new JdbcOrganizationRepository(session),
                        new JdbcEducatorRepository(session),
                        new JdbcCommunityRepository(session),
                        new JdbcMembershipRepository(session),
                        new JdbcProgramRepository(session),
                        new JdbcEventRepository(session),
                        new JdbcUserAccountRepository(session),
                        new JdbcImportedDocumentRepository(session),
                        new JdbcUnitOfWork(session, dataSource::evictConnection)),
                description);
        this.dataSource = dataSource;
        this.session = session;
    }

    /** The session over the data source: JDBI with the row mappers of every table and UUIDs bound as objects. */
    private static JdbcSession session(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        ROW_TYPES.forEach(type -> jdbi.registerRowMapper(ConstructorMapper.factory(type)));
        jdbi.registerArgument(new UuidArgumentFactory());
        return new JdbcSession(jdbi);
    }

    /** Opens the database at the JDBC URL (credentials in the URL or given), migrating its schema to the latest. */
    public static JdbcStorage open(String jdbcUrl, String user, String password, String description) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("stepahead");
        config.setMaximumPoolSize(Integer.getInteger("stepahead.db.pool", 10));
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(1);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageUnreachableException(
                    "The database " + description + " cannot be opened: " + rootMessage(e), e);
        }
        try {
            migrate(dataSource);
        } catch (FlywayException e) {
            dataSource.close();
            throw new StorageUnreachableException(
                    "The database " + description + " cannot be migrated: " + rootMessage(e), e);
        }
        return new JdbcStorage(dataSource, description);
    }

    /** Binds UUIDs as objects and their nulls as {@code Types.OTHER}, which PostgreSQL accepts for a uuid column. */
    private static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {

        UuidArgumentFactory() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }

    /** The version of the newest migration under {@code db/migration}; a test keeps it in step with the files. */
    static final int LATEST_SCHEMA_VERSION = 7;

    /**
     * Brings the schema to the latest version. When Flyway's history already records the latest version as applied,
     * Flyway is not started at all (it would load, scan and checksum every migration on each start — the largest part of
     * a CLI command's start-up); otherwise Flyway migrates.
     */
    private static void migrate(DataSource dataSource) {
        if (schemaIsCurrent(dataSource)) {
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    static boolean schemaIsCurrent(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery(
                        "select version from flyway_schema_history where success = true and version is not null")) {
            int newest = 0;
            while (r.next()) {
                newest = Math.max(newest, Integer.parseInt(r.getString(1).split("\\.")[0]));
            }
            return newest == LATEST_SCHEMA_VERSION;
        } catch (java.sql.SQLException | NumberFormatException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** The JDBI instance, for tests that observe the statements the store runs. */
    Jdbi jdbi() {
        return session.jdbi();
    }

    /** The connection of the current unit of work on this thread, if any (for failure tests). */
    java.sql.Connection currentConnection() {
        return session.current() == null ? null : session.current().getConnection();
    }

    /** The pooled data source, for tests and measurements that need plain JDBC next to the store. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public void probe() {
        session.read(h -> h.createQuery("select 1").mapTo(Integer.class).one());
    }
}
