package org.stepahead.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.APPROVED_ON;
import static org.stepahead.domain.TestData.PREPARATORY_STAGE;
import static org.stepahead.domain.TestData.PROGRAM_PERIOD;
import static org.stepahead.domain.TestData.approval;
import static org.stepahead.domain.TestData.approvedProgram;
import static org.stepahead.domain.TestData.draftProgram;
import static org.stepahead.domain.TestData.draftProgramWithStages;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.shared.Period;

/** Approval: a goal, a task and a stage are needed; afterwards goal, tasks, period and stages are fixed. */
class ProgramApprovalTest {

    private static Program draftWith(String goal, List<String> tasks, boolean withStage) {
        Program program = Program.draft(
                ProgramId.random(),
                CommunityId.random(),
                ProgramKind.PROGRAM,
                "Программа",
                null,
                goal,
                tasks,
                PROGRAM_PERIOD);
        if (withStage) {
            program.addStage(StageId.random(), "Подготовительный", StageKind.PREPARATORY, Period.ofYear(2021), null);
        }
        return program;
    }

    @Test
    void givenADraftWithoutGoal_approve_isRefused() {
        Program program = draftWith("  ", List.of("Задача"), true);

        assertRefused(() -> program.approve(approval()), "program.approve.needsGoal");
        assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT);
    }

    @Test
    void givenADraftWithoutTasks_approve_isRefused() {
        Program program = draftWith("Цель", List.of(), true);

        assertRefused(() -> program.approve(approval()), "program.approve.needsTask");
        assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT);
    }

    @Test
    void givenADraftWithoutStages_approve_isRefused() {
        Program program = draftWith("Цель", List.of("Задача"), false);

        assertRefused(() -> program.approve(approval()), "program.approve.needsStage");
        assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT);
    }

    @Test
    void givenAGoalATaskAndAStage_approve_approvesAndRecordsTheEvent() {
        Program program = draftWith("Цель", List.of("Задача"), true);
        program.pullEvents();

        program.approve(approval());

        assertThat(program.status()).isEqualTo(ProgramStatus.APPROVED);
        assertThat(program.approval()).isEqualTo(approval());
        assertThat(program.pullEvents()).containsExactly(new ProgramApproved(program.getId(), APPROVED_ON));
    }

    @Test
    void givenNoApproval_approve_isRefused() {
        assertRefused(() -> draftProgramWithStages().approve(null), "required");
    }

    @Test
    void givenAnApprovedProgram_approveAgain_isRefused() {
        Program program = approvedProgram();

        assertRefused(() -> program.approve(approval()), "program.notDraft");
        assertThat(program.pullEvents()).isEmpty();
    }

    @Test
    void givenADraft_draft_recordsTheEventAndNumbersTheTasks() {
        Program program = Program.draft(
                ProgramId.random(),
                CommunityId.random(),
                ProgramKind.WORK_PLAN,
                " План работы ",
                null,
                null,
                List.of("Первая", "Вторая"),
                PROGRAM_PERIOD);

        assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(program.tasks()).extracting(Task::number).containsExactly(1, 2);
        assertThat(program.pullEvents())
                .containsExactly(new ProgramDrafted(program.getId(), program.communityId(), "План работы"));
    }

    @Test
    void givenNoPeriod_draft_isRefused() {
        assertRefused(
                () -> Program.draft(
                        ProgramId.random(),
                        CommunityId.random(),
                        ProgramKind.PROGRAM,
                        "Программа",
                        null,
                        null,
                        List.of(),
                        null),
                "required");
    }

    static Stream<Arguments> changesFixedByApproval() {
        return Stream.of(
                Arguments.of("revise goal, tasks and period", (ProgramChange) p -> p.revise(
                        ProgramKind.PROGRAM, "Программа", null, "Новая цель", List.of("Новая задача"), PROGRAM_PERIOD)),
                Arguments.of("add a stage", (ProgramChange)
                        p -> p.addStage(StageId.random(), "Ещё этап", StageKind.ACTIVITY, Period.ofYear(2022), null)),
                Arguments.of("revise a stage", (ProgramChange) p -> p.reviseStage(
                        PREPARATORY_STAGE, "Другое имя", StageKind.PREPARATORY, Period.ofYear(2021), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesFixedByApproval")
    void givenAnApprovedProgram_changeGoalTasksPeriodOrStages_isRefused(String change, ProgramChange action) {
        Program program = approvedProgram();
        Program.Snapshot before = program.snapshot();

        assertRefused(() -> action.applyTo(program), "program.notDraft");
        assertThat(program.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesFixedByApproval")
    void givenADraft_changeGoalTasksPeriodOrStages_isAccepted(String change, ProgramChange action) {
        Program program = draftProgram();
        program.addStage(PREPARATORY_STAGE, "Подготовительный", StageKind.PREPARATORY, Period.ofYear(2021), null);

        ThrowingCallable call = () -> action.applyTo(program);

        assertThatCode(call).doesNotThrowAnyException();
    }

    @Test
    void givenADraftWithoutStages_draftProgram_isNotApprovable() {
        assertRefused(() -> draftProgram().approve(approval()), "program.approve.needsStage");
    }

    /** One change to a program, for parameterized tests. */
    @FunctionalInterface
    interface ProgramChange {
        void applyTo(Program program);
    }
}
