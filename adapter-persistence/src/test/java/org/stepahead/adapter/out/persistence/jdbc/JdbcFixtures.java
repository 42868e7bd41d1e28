package org.stepahead.adapter.out.persistence.jdbc;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
import org.stepahead.domain.program.DirectionId;
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

/** Test data for the JDBC store's own tests. */
final class JdbcFixtures {

    private JdbcFixtures() {}

    static Organization school(String name) {
        return Organization.register(
                OrganizationId.random(), name, null, OrganizationKind.SCHOOL, "Тамбов", false, false);
    }

    static Educator educator(OrganizationId organization, String surname) {
        return Educator.register(
                EducatorId.random(),
                new PersonName(surname, "Анна", "Ивановна"),
                organization,
                "учитель",
                ExperienceLevel.EXPERIENCED,
                null);
    }

    static Community community(OrganizationId coordinator) {
        return Community.found(
                CommunityId.random(),
                "Сетевая школа классных руководителей",
                CommunityKind.NETWORK_SCHOOL,
                CommunityLevel.MUNICIPAL,
                coordinator,
                null,
                ZoneId.of("Europe/Moscow"),
                CommunityProfile.empty());
    }

    /** A program with the given number of stages, each with activities and results, and indicators. */
    static Program program(CommunityId community, int stages, int activitiesPerStage) {
        Program p = Program.draft(
                ProgramId.random(),
                community,
                ProgramKind.PROJECT,
                "Проект",
                "Идея",
                "Цель",
                List.of("Задача 1", "Задача 2"),
                Period.ofYears(2020, 2020 + stages));
        DirectionId direction = DirectionId.random();
        p.addDirection(direction, "1", "Научно-методическое сопровождение");
        for (int s = 0; s < stages; s++) {
            StageId stage = StageId.random();
            p.addStage(stage, "Этап " + (s + 1), StageKind.IMPLEMENTATION, Period.ofYear(2020 + s), null);
            for (int a = 0; a < activitiesPerStage; a++) {
                p.planActivity(
                        ActivityId.random(),
                        new Activity.Details(
                                (s + 1) + "." + (a + 1),
                                "Семинар " + a,
                                null,
                                direction,
                                stage,
                                List.of(Form.SEMINAR),
                                a % 2 == 0
                                        ? new Schedule.NthWeekdayOfMonth(
                                                3, DayOfWeek.MONDAY, "каждый 3-тий понедельник месяца")
                                        : new Schedule.Several(
                                                List.of(
                                                        new Schedule.InMonth(YearMonth.of(2020 + s, 11), "ноябрь"),
                                                        new Schedule.InMonth(YearMonth.of(2020 + s, 4), "апрель")),
                                                "ноябрь, апрель"),
                                List.of(Responsible.named("Центр поддержки"), Responsible.named("Отдел образования")),
                                List.of()));
            }
            p.addExpectedResult(
                    ExpectedResultId.random(), "Результат этапа " + (s + 1), null, ResultKind.EFFECT, stage);
        }
        p.addIndicator(
                IndicatorId.random(),
                "Доля ОО",
                "%",
                new BigDecimal("50"),
                new BigDecimal("100"),
                IndicatorDirection.HIGHER_IS_BETTER);
        return p;
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
