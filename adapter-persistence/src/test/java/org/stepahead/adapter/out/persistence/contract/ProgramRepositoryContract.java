package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.ProgramVersions;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.Indicator;
import org.stepahead.domain.program.Measurement;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.StageStatus;
import org.stepahead.domain.shared.Schedule;

/**
 * Port contract: what every store of programs does — the whole aggregate (stages, directions, activities with
 * every kind of schedule, expected results with assessments and evidence, indicators with measurements) comes back
 * as it was saved, and each save advances the version.
 */
public abstract class ProgramRepositoryContract extends StorageContract {

    private Organization school;
    private Educator educator;
    private Community community;

    @BeforeEach
    void givenACommunity() {
        school = storedOrganization("Лицей № 2");
        educator = storedEducator("Филатова", "Елена", "Николаевна", school.getId(), ExperienceLevel.EXPERIENCED);
        community = storedCommunity("Клуб", school.getId());
    }

    private Program fullProgram() {
        return TestData.fullProgram(community.getId(), school.getId(), educator.getId());
    }

    @Test
    void givenFullProgram_saved_readsBackEqualAtVersionOne() {
        Program program = fullProgram();

        long version = inUnit(() -> storage.programs().save(program));
        reopen();

        Program found = storage.programs().findById(program.getId()).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(program.snapshot());
    }

    @Test
    void givenFullProgram_saved_keepsEveryKindOfScheduleIncludingNestedSeveral() {
        Program program = fullProgram();

        inUnit(() -> storage.programs().save(program));
        reopen();

        Program found = storage.programs().findById(program.getId()).orElseThrow();
        List<Schedule> schedules =
                found.activities().stream().map(Activity::schedule).toList();
        assertThat(schedules)
                .containsExactlyElementsOf(
                        program.activities().stream().map(Activity::schedule).toList());
        assertThat(schedules)
                .extracting(s -> s == null ? null : s.kind())
                .contains(Schedule.Kind.values())
                .containsNull();
    }

    @Test
    void givenFullProgram_saved_keepsStatusesAssessmentsAndMeasurements() {
        Program program = fullProgram();

        inUnit(() -> storage.programs().save(program));
        reopen();

        Program found = storage.programs().findById(program.getId()).orElseThrow();
        assertThat(found.status()).isEqualTo(ProgramStatus.APPROVED);
        assertThat(found.approval()).isEqualTo(program.approval());
        assertThat(found.tasks()).isEqualTo(program.tasks());
        assertThat(found.stages())
                .extracting(s -> s.status())
                .containsExactly(StageStatus.CLOSED, StageStatus.ACTIVE, StageStatus.PLANNED);
        assertThat(found.results().get(0).assessment())
                .isEqualTo(program.results().get(0).assessment());
        assertThat(found.results().get(0).assessment().evidence()).hasSize(2);
        assertThat(found.results().get(2).isAssessed()).isFalse();
        Indicator share = found.indicators().get(0);
        assertThat(share.measurements())
                .extracting(Measurement::measuredOn)
                .containsExactly(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 5, 20));
        assertThat(share.progress()).isPresent();
        assertThat(share.progress().orElseThrow().share())
                .isEqualByComparingTo(
                        program.indicators().get(0).progress().orElseThrow().share());
    }

    @Test
    void givenStoredProgram_changedAndSavedTwice_versionsAdvanceAndChangesAreKept() {
        Program program = fullProgram();
        inUnit(() -> storage.programs().save(program));

        Program first = storage.programs().findById(program.getId()).orElseThrow();
        Indicator share = first.indicators().get(0);
        first.recordMeasurement(
                share.getId(), new Measurement(LocalDate.of(2024, 6, 15), new BigDecimal("76.0"), "итог"));
        long second = inUnit(() -> storage.programs().save(first));

        Program loadedAgain = storage.programs().findById(program.getId()).orElseThrow();
        DirectionId direction = DirectionId.random();
        loadedAgain.addDirection(direction, "4", "Мониторинг");
        long third = inUnit(() -> storage.programs().save(loadedAgain));
        reopen();

        Program found = storage.programs().findById(program.getId()).orElseThrow();
        assertThat(second).isEqualTo(2);
        assertThat(third).isEqualTo(3);
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.indicator(share.getId()).measurements()).hasSize(3);
        assertThat(found.direction(direction).title()).isEqualTo("Мониторинг");
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(loadedAgain.snapshot());
    }

    @Test
    void givenStoredProgram_itsStamp_followsTheVersionsOfTheProgramAndOfItsCommunity() {
        Program program = fullProgram();
        inUnit(() -> storage.programs().save(program));
        assertThat(storage.programs().stampOf(program.getId())).contains(new ProgramVersions(1, 1));

        Program loaded = storage.programs().findById(program.getId()).orElseThrow();
        loaded.addDirection(DirectionId.random(), "9", "Самообразование");
        inUnit(() -> storage.programs().save(loaded));
        Community revised = storage.communities().findById(community.getId()).orElseThrow();
        revised.revise(revised.profile());
        inUnit(() -> storage.communities().save(revised));

        assertThat(storage.programs().stampOf(program.getId())).contains(new ProgramVersions(2, 2));
        assertThat(storage.programs().stampOf(ProgramId.random())).isEmpty();
    }

    @Test
    void givenStoredProgram_staleCopySaved_isAConflict() {
        Program program = fullProgram();
        inUnit(() -> storage.programs().save(program));
        Program first = storage.programs().findById(program.getId()).orElseThrow();
        Program stale = storage.programs().findById(program.getId()).orElseThrow();
        first.addDirection(DirectionId.random(), "5", "Первое изменение");
        inUnit(() -> storage.programs().save(first));
        stale.addDirection(DirectionId.random(), "5", "Второе изменение");

        assertThatThrownBy(() -> inUnit(() -> storage.programs().save(stale)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.programs().findById(program.getId()).orElseThrow().directions())
                .extracting(d -> d.title())
                .contains("Первое изменение")
                .doesNotContain("Второе изменение");
    }

    @Test
    void givenDraftWithNothingButATitle_saved_readsBackEqual() {
        Program draft = Program.draft(
                ProgramId.random(),
                community.getId(),
                ProgramKind.WORK_PLAN,
                "План работы",
                null,
                null,
                List.of(),
                TestData.ACADEMIC_YEAR);

        inUnit(() -> storage.programs().save(draft));
        reopen();

        Program found = storage.programs().findById(draft.getId()).orElseThrow();
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(draft.snapshot());
        assertThat(found.status()).isEqualTo(ProgramStatus.DRAFT);
    }

    @Test
    void givenProgramsOfTwoCommunities_findingByCommunity_returnsThatCommunitysOnly() {
        Community other = storedCommunity("Другой клуб", school.getId());
        Program mine = fullProgram();
        Program alsoMine = Program.draft(
                ProgramId.random(),
                community.getId(),
                ProgramKind.PROJECT,
                "Проект",
                null,
                null,
                List.of(),
                TestData.ACADEMIC_YEAR);
        Program theirs = Program.draft(
                ProgramId.random(),
                other.getId(),
                ProgramKind.PROJECT,
                "Чужой",
                null,
                null,
                List.of(),
                TestData.ACADEMIC_YEAR);
        inUnit(() -> {
            storage.programs().save(mine);
            storage.programs().save(alsoMine);
            storage.programs().save(theirs);
        });

        assertThat(storage.programs().findByCommunity(community.getId()))
                .extracting(Program::getId)
                .containsExactlyInAnyOrder(mine.getId(), alsoMine.getId());
        assertThat(storage.programs().findAllById(List.of(theirs.getId(), ProgramId.random())))
                .extracting(Program::getId)
                .containsExactly(theirs.getId());
    }
}
