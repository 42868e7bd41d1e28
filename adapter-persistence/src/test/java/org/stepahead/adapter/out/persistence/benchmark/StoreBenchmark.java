package org.stepahead.adapter.out.persistence.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.stepahead.adapter.out.persistence.jdbc.JdbcStorage;
import org.stepahead.adapter.out.persistence.jdbc.TestDatabases;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.out.Storage;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.PersonName;
import org.stepahead.domain.shared.Schedule;

/**
 * Benchmark of the JDBC store, run by hand (see docs/performance.md for the command): inserting educators through
 * the store against a raw JDBC batch of the same rows into the same database in the same run, and the program
 * overview with a million educators and ten thousand programs present. Prints a Markdown table.
 *
 * <p>System properties: {@code databases} (h2,pg), {@code educators} (100000), {@code bigEducators} (1000000),
 * {@code programs} (10000), {@code batch} (1000), {@code reads} (2000).
 */
public final class StoreBenchmark {

    private static final int BATCH = Integer.getInteger("batch", 1000);
    private static final String[] SURNAMES = {
        "Иванова", "Петрова", "Сидоров", "Ёлкина", "Кузнецова", "Смирнов", "Попова", "Васильева", "Соколов", "Михайлова"
    };

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> databases =
                Arrays.asList(System.getProperty("databases", "h2,pg").split(","));
        int educators = Integer.getInteger("educators", 100_000);
        int bigEducators = Integer.getInteger("bigEducators", 1_000_000);
        int programs = Integer.getInteger("programs", 10_000);
        int reads = Integer.getInteger("reads", 2000);
        System.out.printf(
                Locale.ROOT,
                "# Store benchmark — %s, %d cores, JDK %s%n%n",
                java.time.LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        System.out.println("| database | raw JDBC batch, rows/s | store saveAll, rows/s | saveAll / raw"
                + " | store save one by one, rows/s | one by one / raw | overview mean, ms | p50 | p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String db : databases) {
            try (JdbcStorage storage = (JdbcStorage) open(db)) {
                Organization school = Organization.register(
                        OrganizationId.random(), "Школа", null, OrganizationKind.SCHOOL, null, false, false);
                storage.unitOfWork().run(() -> storage.organizations().save(school));
                // warm-up of every path
                raw(storage.dataSource(), school.getId(), generate(school.getId(), 10_000));
                clearEducators(storage.dataSource());
                store(storage, generate(school.getId(), 10_000));
                clearEducators(storage.dataSource());
                storeOneByOne(storage, generate(school.getId(), 10_000));
                clearEducators(storage.dataSource());
                // the same educators for every path, built before the clock starts: only writing is timed
                // two rounds, alternating the paths; each path's better round counts (order and JIT effects even out)
                List<Educator> rows = generate(school.getId(), educators);
                double rawRate = 0;
                double storeRate = 0;
                double oneByOneRate = 0;
                for (int round = 0; round < 2; round++) {
                    rawRate = Math.max(rawRate, rate(educators, () -> raw(storage.dataSource(), school.getId(), rows)));
                    clearEducators(storage.dataSource());
                    storeRate = Math.max(storeRate, rate(educators, () -> store(storage, rows)));
                    clearEducators(storage.dataSource());
                    oneByOneRate = Math.max(oneByOneRate, rate(educators, () -> storeOneByOne(storage, rows)));
                    clearEducators(storage.dataSource());
                }

                for (int from = 0; from < bigEducators; from += 100_000) {
                    raw(
                            storage.dataSource(),
                            school.getId(),
                            generate(school.getId(), Math.min(100_000, bigEducators - from)));
                }
                List<ProgramId> ids = programs(storage, school.getId(), programs);
                double[] overview = overview(storage, ids, reads);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.0f | %.0f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f |%n",
                        storage.description().startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2 file",
                        rawRate,
                        storeRate,
                        storeRate / rawRate,
                        oneByOneRate,
                        oneByOneRate / rawRate,
                        overview[0],
                        overview[1],
                        overview[2]);
            }
        }
        System.exit(0);
    }

    private static Storage open(String db) {
        return switch (db.strip()) {
            case "h2" -> TestDatabases.h2File();
            case "pg" -> TestDatabases.embeddedPostgres();
            default -> throw new IllegalArgumentException("databases: h2 or pg, not " + db);
        };
    }

    private static double rate(int rows, ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static Educator educator(OrganizationId school, int i) {
        return Educator.register(
                EducatorId.random(),
                new PersonName(SURNAMES[i % SURNAMES.length], "Анна" + i, "Ивановна"),
                school,
                "учитель",
                ExperienceLevel.values()[i % 3],
                null);
    }

    private static List<Educator> generate(OrganizationId school, int rows) {
        List<Educator> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            list.add(educator(school, i));
        }
        return list;
    }

    /** The same rows as the store writes, with one plain JDBC batch per thousand rows. */
    private static void raw(DataSource dataSource, OrganizationId school, List<Educator> educators)
            throws SQLException {
        int rows = educators.size();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into educator (id, version, surname, given_name, patronymic, organization_id, position_title,"
                            + " experience, email, surname_key, given_name_key, patronymic_key, name_key)"
                            + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    Educator e = educators.get(i);
                    PersonName n = e.name();
                    ps.setObject(1, e.getId().value());
                    ps.setString(2, n.surname());
                    ps.setString(3, n.givenName());
                    ps.setString(4, n.patronymic());
                    ps.setObject(5, school.value());
                    ps.setString(6, e.position());
                    ps.setString(7, e.experience().name());
                    ps.setString(8, null);
                    ps.setString(9, n.surname().toLowerCase(Locale.ROOT).replace('ё', 'е'));
                    ps.setString(10, n.givenName().toLowerCase(Locale.ROOT));
                    ps.setString(11, n.patronymic().toLowerCase(Locale.ROOT));
                    ps.setString(12, n.full().toLowerCase(Locale.ROOT).replace('ё', 'е'));
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

    /** The same rows through the store: one unit of work per thousand educators. */
    private static void store(Storage storage, List<Educator> educators) {
        for (int from = 0; from < educators.size(); from += BATCH) {
            List<Educator> batch = educators.subList(from, Math.min(educators.size(), from + BATCH));
            storage.unitOfWork().run(() -> storage.educators().saveAll(batch));
        }
    }

    /** The same rows through the store's single save: one statement per educator, a thousand per unit of work. */
    private static void storeOneByOne(Storage storage, List<Educator> educators) {
        for (int from = 0; from < educators.size(); from += BATCH) {
            List<Educator> batch = educators.subList(from, Math.min(educators.size(), from + BATCH));
            storage.unitOfWork().run(() -> batch.forEach(storage.educators()::save));
        }
    }

    private static void clearEducators(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("delete from educator");
        }
    }

    private static List<ProgramId> programs(Storage storage, OrganizationId school, int count) {
        Community community = Community.found(
                CommunityId.random(),
                "Сетевая школа",
                CommunityKind.NETWORK_SCHOOL,
                CommunityLevel.MUNICIPAL,
                school,
                null,
                null,
                CommunityProfile.empty());
        storage.unitOfWork().run(() -> storage.communities().save(community));
        List<ProgramId> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += 100) {
            List<Program> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 100); i++) {
                batch.add(program(community.getId(), i));
            }
            storage.unitOfWork().run(() -> batch.forEach(storage.programs()::save));
            batch.forEach(p -> ids.add(p.getId()));
        }
        return ids;
    }

    /** A program the size of the seeds: three stages, five activities and two results each, two indicators. */
    private static Program program(CommunityId community, int i) {
        Program p = Program.draft(
                ProgramId.random(),
                community,
                ProgramKind.PROJECT,
                "Проект " + i,
                null,
                "Цель проекта " + i,
                List.of("Задача 1", "Задача 2", "Задача 3"),
                Period.ofYears(2021, 2023));
        for (int s = 0; s < 3; s++) {
            StageId stage = StageId.random();
            p.addStage(stage, "Этап " + (s + 1), StageKind.IMPLEMENTATION, Period.ofYear(2021 + s), null);
            for (int a = 0; a < 5; a++) {
                p.planActivity(
                        ActivityId.random(),
                        new Activity.Details(
                                (s + 1) + "." + (a + 1),
                                "Семинар " + a,
                                null,
                                null,
                                stage,
                                List.of(Form.SEMINAR),
                                new Schedule.Recurring(2, Schedule.Frequency.MONTH, "2 раза в месяц"),
                                List.of(Responsible.named("Центр поддержки")),
                                List.of()));
            }
            p.addExpectedResult(
                    ExpectedResultId.random(), "Методические рекомендации", null, ResultKind.PRODUCT, stage);
            p.addExpectedResult(ExpectedResultId.random(), "Рост компетентности", null, ResultKind.EFFECT, stage);
        }
        p.addIndicator(
                IndicatorId.random(),
                "Доля ОО",
                "%",
                java.math.BigDecimal.valueOf(50),
                java.math.BigDecimal.valueOf(100),
                IndicatorDirection.HIGHER_IS_BETTER);
        p.addIndicator(
                IndicatorId.random(),
                "Число классных руководителей",
                "чел.",
                java.math.BigDecimal.valueOf(1152),
                java.math.BigDecimal.valueOf(1200),
                IndicatorDirection.HIGHER_IS_BETTER);
        return p;
    }

    /** Mean, median and 99th percentile in milliseconds of the overview of random programs, after a warm-up. */
    private static double[] overview(Storage storage, List<ProgramId> ids, int reads) {
        StepAhead app = StepAhead.create(storage, Clock.systemUTC());
        Random random = new Random(42);
        for (int i = 0; i < reads / 2; i++) {
            app.programOverview().overview(ids.get(random.nextInt(ids.size())));
        }
        long[] times = new long[reads];
        for (int i = 0; i < reads; i++) {
            ProgramId id = ids.get(random.nextInt(ids.size()));
            long start = System.nanoTime();
            app.programOverview().overview(id);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double mean = Arrays.stream(times).average().orElse(0) / 1e6;
        return new double[] {mean, times[reads / 2] / 1e6, times[(int) (reads * 0.99)] / 1e6};
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
