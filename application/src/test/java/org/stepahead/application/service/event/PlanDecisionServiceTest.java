package org.stepahead.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.MOSCOW;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.DecisionPlanned;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.event.PlannedDecision;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

class PlanDecisionServiceTest {

    private static final LocalDate MEETING = LocalDate.of(2023, 10, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2023, 12, 15);

    private final EventRepository events = mock(EventRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final PlanDecisionService service =
            new PlanDecisionService(new UseCaseRunner(RecordingUnitOfWork.committing(), publisher), events, programs);

    private final Community community = community(MOSCOW);
    private final StageId stage = StageId.random();
    private Program program;
    private Event event;

    @BeforeEach
    void givenAMeetingWithMinutesAndAProgram() {
        Program p = draftProgram(community.getId());
        p.addStage(
                stage,
                "Внедренческий",
                StageKind.IMPLEMENTATION,
                Period.of(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 5, 31)),
                null);
        program = stored(p);
        Event e = Event.standalone(
                EventId.random(),
                community.getId(),
                new Event.Details("Заседание клуба", Form.MEETING, MEETING, null, null, null, List.of()));
        e.recordMinutes(
                new Minutes(
                        "3",
                        MEETING,
                        "Филатова Е.Н.",
                        "Петрова И.И.",
                        List.of(new AgendaItem(
                                "О конкурсе «Классный классный»",
                                null,
                                List.of(),
                                List.of("Провести школьный этап конкурса")))),
                MEETING);
        event = stored(e);
        when(events.findById(event.getId())).thenReturn(Optional.of(event));
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));
    }

    private PlanDecisionCommand command(LocalDate deadline, Long expectedVersion) {
        return new PlanDecisionCommand(
                event.getId(),
                1,
                1,
                program.getId(),
                stage,
                null,
                deadline,
                "4.1",
                null,
                List.of("Филатова Е.Н.", "МАОУ «Лицей» №21"),
                expectedVersion);
    }

    @Test
    void givenADecision_plan_addsTheActivityDueByTheDeadlineAndRemembersTheLink() {
        ActivityId id = service.plan(command(DEADLINE, 1L));

        ArgumentCaptor<Program> savedProgram = ArgumentCaptor.forClass(Program.class);
        verify(programs).save(savedProgram.capture());
        Activity activity = savedProgram.getValue().activity(id);
        assertThat(activity.title()).isEqualTo("Провести школьный этап конкурса");
        assertThat(activity.number()).isEqualTo("4.1");
        assertThat(activity.stageId()).isEqualTo(stage);
        assertThat(activity.schedule()).isEqualTo(new Schedule.Once(DEADLINE, true, "до 15.12.2023"));
        assertThat(activity.responsible())
                .containsExactly(Responsible.named("Филатова Е.Н."), Responsible.named("МАОУ «Лицей» №21"));
        assertThat(activity.details().description())
                .isEqualTo("Решение протокола № 3 от 02.10.2023, вопрос 1: Провести школьный этап конкурса");
        ArgumentCaptor<Event> savedEvent = ArgumentCaptor.forClass(Event.class);
        verify(events).save(savedEvent.capture());
        assertThat(savedEvent.getValue().plannedDecisions())
                .containsExactly(new PlannedDecision(1, 1, program.getId(), id));
        verify(publisher).publish(List.of(new DecisionPlanned(event.getId(), 1, 1, program.getId(), id)));
    }

    @Test
    void givenAnAlreadyPlannedDecision_plan_isRefusedAndSavesNothing() {
        event.planDecision(1, 1, program.getId(), ActivityId.random());

        assertThatThrownBy(() -> service.plan(command(DEADLINE, null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("minutes.decisionAlreadyPlanned"));
        verify(programs, never()).save(any());
        verify(events, never()).save(any());
    }

    @Test
    void givenADeadlineOutsideTheStage_plan_isRefusedAndSavesNothing() {
        assertThatThrownBy(() -> service.plan(command(LocalDate.of(2023, 10, 31), null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("activity.deadlineOutsidePeriod"));
        verify(programs, never()).save(any());
        verify(events, never()).save(any());
    }

    @Test
    void givenAStaleEventVersion_plan_isAConflict() {
        assertThatThrownBy(() -> service.plan(command(DEADLINE, 7L))).isInstanceOf(ConflictException.class);
        verify(programs, never()).save(any());
    }

    @Test
    void givenAProgramOfAnotherCommunity_plan_isNotFound() {
        Program other = stored(draftProgram(CommunityId.random()));
        when(programs.findById(other.getId())).thenReturn(Optional.of(other));

        assertThatThrownBy(() -> service.plan(new PlanDecisionCommand(
                        event.getId(), 1, 1, other.getId(), null, null, DEADLINE, null, null, null, null)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void givenAnItemNumberBelowOne_plan_refusesNamingTheField() {
        assertThatThrownBy(() -> service.plan(new PlanDecisionCommand(
                        event.getId(), 0, 1, program.getId(), null, null, DEADLINE, null, null, null, null)))
                .isInstanceOf(org.stepahead.application.port.in.InvalidCommandException.class)
                .hasMessageContaining("item");
    }
}
