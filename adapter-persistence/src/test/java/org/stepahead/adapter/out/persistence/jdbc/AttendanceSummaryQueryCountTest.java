package org.stepahead.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.stepahead.adapter.out.persistence.contract.TestData;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;

class AttendanceSummaryQueryCountTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** A community with the given numbers of members and of events, every member listed at every event. */
    private static Community stored(JdbcStorage storage, int members, int events) {
        Organization school = JdbcFixtures.school("Школа");
        Community community = JdbcFixtures.community(school.getId());
        List<Educator> educators = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Educator educator = JdbcFixtures.educator(school.getId(), "Педагог" + i);
            educators.add(educator);
            memberships.add(TestData.membership(community.getId(), educator, Role.MEMBER));
        }
        Set<MembershipId> ids = memberships.stream().map(Membership::getId).collect(Collectors.toSet());
        List<Event> list = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            Event event = TestData.event(community.getId(), TestData.SEPTEMBER_1.plusDays(e));
            List<AttendanceEntry> entries = new ArrayList<>();
            for (int m = 0; m < memberships.size(); m++) {
                entries.add(AttendanceEntry.member(memberships.get(m).getId(), (m + e) % 3 != 0));
            }
            entries.add(AttendanceEntry.guest("Гость", null));
            event.recordAttendance(entries, ids, TODAY);
            list.add(event);
        }
        storage.unitOfWork().run(() -> {
            storage.organizations().save(school);
            storage.communities().save(community);
            educators.forEach(storage.educators()::save);
            memberships.forEach(storage.memberships()::save);
            list.forEach(storage.events()::save);
        });
        return community;
    }

    @Test
    void givenASmallAndALargeCommunity_attendanceSummaries_takeTheSameFixedNumberOfQueries() {
        try (JdbcStorage storage = (JdbcStorage) TestDatabases.h2InMemory()) {
            Community small = stored(storage, 1, 1);
            Community large = stored(storage, 15, 30);
            StepAhead app = StepAhead.create(storage, Clock.systemUTC());
            AtomicInteger statements = new AtomicInteger();
            storage.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });

            app.attendanceSummary().byEvent(new AttendanceSummaryQuery(small.getId(), null, null, null));
            app.attendanceSummary().byMember(new AttendanceSummaryQuery(small.getId(), null, null, null));
            int smallCount = statements.getAndSet(0);
            var byEvent = app.attendanceSummary().byEvent(new AttendanceSummaryQuery(large.getId(), null, null, null));
            var byMember =
                    app.attendanceSummary().byMember(new AttendanceSummaryQuery(large.getId(), null, null, null));
            int largeCount = statements.get();

            assertThat(byEvent)
                    .hasSize(30)
                    .allSatisfy(e -> assertThat(e.total()).isEqualTo(16));
            assertThat(byMember)
                    .hasSize(15)
                    .allSatisfy(m -> assertThat(m.listed()).isEqualTo(30));
            assertThat(largeCount).isEqualTo(smallCount);
            assertThat(largeCount).isLessThanOrEqualTo(30);
        }
    }
}
