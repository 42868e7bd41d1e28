package org.stepahead.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.TestData;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

class EventDecisionsTest {

    private static final LocalDate DAY = LocalDate.of(2022, 3, 21);
    private static final ProgramId PROGRAM = ProgramId.random();

    private Event event;

    @BeforeEach
    void givenAMeetingWithMinutes() {
        event = TestData.standaloneEvent(DAY);
        event.recordMinutes(
                new Minutes(
                        "7",
                        DAY,
                        "Филатова Е.Н.",
                        "Петрова И.И.",
                        List.of(
                                TestData.agendaItem(),
                                new AgendaItem(
                                        "О конкурсе",
                                        null,
                                        List.of(),
                                        List.of(
                                                "Провести конкурс «Классный классный»",
                                                "Подготовить положение о конкурсе")))),
                DAY);
        event.pullEvents();
    }

    @Test
    void givenAnExistingDecision_decision_givesItsWords() {
        assertThat(event.decision(2, 2)).isEqualTo("Подготовить положение о конкурсе");
    }

    @Test
    void givenADecision_planDecision_remembersTheActivityAndRecordsTheEvent() {
        ActivityId activity = ActivityId.random();

        event.planDecision(2, 1, PROGRAM, activity);

        assertThat(event.plannedDecisions()).containsExactly(new PlannedDecision(2, 1, PROGRAM, activity));
        assertThat(event.pullEvents()).containsExactly(new DecisionPlanned(event.getId(), 2, 1, PROGRAM, activity));
        assertThat(Event.restore(event.snapshot()).plannedDecisions()).isEqualTo(event.plannedDecisions());
    }

    @Test
    void givenAPlannedDecision_planDecisionAgain_isRefused() {
        event.planDecision(2, 1, PROGRAM, ActivityId.random());

        assertRefused(() -> event.planDecision(2, 1, PROGRAM, ActivityId.random()), "minutes.decisionAlreadyPlanned");
        event.planDecision(2, 2, PROGRAM, ActivityId.random());
        assertThat(event.plannedDecisions()).hasSize(2);
    }

    @Test
    void givenNoSuchItemOrDecision_planDecision_isRefused() {
        assertRefused(() -> event.planDecision(3, 1, PROGRAM, ActivityId.random()), "minutes.noSuchDecision");
        assertRefused(() -> event.planDecision(1, 2, PROGRAM, ActivityId.random()), "minutes.noSuchDecision");
        assertRefused(() -> event.planDecision(0, 1, PROGRAM, ActivityId.random()), "minutes.noSuchDecision");
        assertThat(event.plannedDecisions()).isEmpty();
    }

    @Test
    void givenNoMinutes_planDecision_isRefused() {
        Event withoutMinutes = TestData.standaloneEvent(DAY);

        assertRefused(() -> withoutMinutes.planDecision(1, 1, PROGRAM, ActivityId.random()), "minutes.none");
    }

    @Test
    void givenAPlannedDecision_recordMinutesAgain_isRefused() {
        event.planDecision(1, 1, PROGRAM, ActivityId.random());

        assertRefused(() -> event.recordMinutes(TestData.minutes(DAY), DAY), "minutes.decisionsPlanned");
    }

    @Test
    void givenPlannedDecisionsWithoutMinutesInASnapshot_restore_isRefused() {
        Event.Snapshot s = TestData.standaloneEvent(DAY).snapshot();
        Event.Snapshot broken = new Event.Snapshot(
                s.id(),
                1,
                s.communityId(),
                null,
                null,
                null,
                s.details(),
                null,
                null,
                null,
                List.of(new PlannedDecision(1, 1, PROGRAM, ActivityId.random())));

        assertRefused(() -> Event.restore(broken), "minutes.none");
    }
}
