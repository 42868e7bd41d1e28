package org.stepahead.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.program.Program;

class ProgramOverviewQueryCountTest {

    @Test
    void givenASmallAndALargeProgram_whenTheirOverviewsAreRead_thenBothTakeTheSameFixedNumberOfQueries() {
        try (JdbcStorage storage = (JdbcStorage) TestDatabases.h2InMemory()) {
            Organization school = JdbcFixtures.school("Школа");
            Community community = JdbcFixtures.community(school.getId());
            Program small = JdbcFixtures.program(community.getId(), 1, 1);
            Program large = JdbcFixtures.program(community.getId(), 6, 25);
            storage.unitOfWork().run(() -> {
                storage.organizations().save(school);
                storage.communities().save(community);
                storage.programs().save(small);
                storage.programs().save(large);
            });
            StepAhead app = StepAhead.create(storage, Clock.systemUTC());
            AtomicInteger statements = new AtomicInteger();
            storage.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });

            ProgramOverview smallOverview = app.programOverview().overview(small.getId());
            int smallCount = statements.getAndSet(0);
            ProgramOverview largeOverview = app.programOverview().overview(large.getId());
            int largeCount = statements.get();

            assertThat(smallOverview.stages()).hasSize(1);
            assertThat(largeOverview.stages()).hasSize(6);
            assertThat(largeOverview.stages())
                    .allSatisfy(stage -> assertThat(stage.activities()).hasSize(25));
            assertThat(largeCount).isEqualTo(smallCount);
            assertThat(largeCount).isLessThanOrEqualTo(25);
        }
    }
}
