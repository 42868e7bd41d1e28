package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepahead.adapter.in.cli.transfer.DocumentFiles;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.CommunityDocument.ActivityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AgendaData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ApprovalData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AssessmentData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AttendanceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.CommunityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.DirectionData;
import org.stepahead.application.port.in.transfer.CommunityDocument.DocumentData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EducatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EventData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EvidenceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.GuestData;
import org.stepahead.application.port.in.transfer.CommunityDocument.IndicatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MeasurementData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MemberData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MinutesData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OfficialData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OrganizationData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PeriodData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PresenceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ProgramData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResponsibleData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResultData;
import org.stepahead.application.port.in.transfer.CommunityDocument.StageData;
import org.stepahead.application.port.in.transfer.CommunityDocument.TutorLinkData;
import org.stepahead.application.port.in.transfer.ScheduleData;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/**
 * A large generated document (hundreds of educators and members, several programs with dozens of items in every
 * schedule shape, sub-items, results, indicators, events with attendance and minutes) comes back from import and
 * export the same, as YAML and as JSON.
 */
class LargeDocumentRoundTripTest {

    static final int ORGANIZATIONS = 12;
    static final int EDUCATORS = 180;
    static final int PROGRAMS = 3;
    static final int ACTIVITIES = 36;
    static final int EVENTS_PER_PROGRAM = 12;

    private static final List<String> DEADLINES = List.of(
            "октябрь – май",
            "каждый 3-й понедельник",
            "2 раза в месяц",
            "в течение года",
            "по запросу школ",
            "20.10.2025",
            "ноябрь",
            "1 раз в четверть",
            "до 15 декабря",
            "когда получится",
            "сентябрь, май",
            "еженедельно по средам");

    @Test
    void givenALargeGeneratedDocument_importThenExport_givesItBackField_byField_asYamlAndJson() throws IOException {
        CommunityDocument source = document();
        Path file = TransferTest.scratch("large.yaml");
        Files.writeString(file, DocumentFiles.write(source, DocumentFiles.Format.YAML), StandardCharsets.UTF_8);
        String expected = Canonical.of(DocumentFiles.read(file));

        try (Cli cli = CommandsTest.cli("h2")) {
            Cli.Result imported = cli.run("import", file.toString());
            assertThat(imported.code()).as(imported.err()).isZero();
            String community = imported.out().lines().findFirst().orElseThrow();
            Path yaml = TransferTest.scratch("large-export.yaml");
            cli.ok("export", "--community", community, "--file", yaml.toString());
            Path json = TransferTest.scratch("large-export.json");
            cli.ok("export", "--community", community, "--format", "json", "--file", json.toString());

            CommunityDocument fromYaml = DocumentFiles.read(yaml);
            CommunityDocument fromJson = DocumentFiles.read(json);
            assertThat(fromYaml.educators()).hasSize(EDUCATORS);
            assertThat(fromYaml.programs())
                    .allSatisfy(p -> assertThat(p.activities()).hasSize(ACTIVITIES));
            assertThat(fromYaml.events()).hasSize(PROGRAMS * EVENTS_PER_PROGRAM + 1);
            assertThat(Canonical.of(fromYaml)).isEqualTo(expected);
            assertThat(Canonical.of(fromJson)).isEqualTo(expected);
        }
    }

    static CommunityDocument document() {
        List<OrganizationData> organizations = new ArrayList<>();
        for (int o = 0; o < ORGANIZATIONS; o++) {
            organizations.add(new OrganizationData(
                    "o" + o,
                    "МБОУ «Школа № " + (o + 1) + "»",
                    o % 2 == 0 ? "Школа № " + (o + 1) : null,
                    o == 0 ? OrganizationKind.SUPPORT_CENTRE : OrganizationKind.SCHOOL,
                    "Город " + (o % 3),
                    o % 5 == 1 ? Boolean.TRUE : null,
                    o % 7 == 2 ? Boolean.TRUE : null));
        }
        List<EducatorData> educators = new ArrayList<>();
        List<MemberData> members = new ArrayList<>();
        for (int e = 0; e < EDUCATORS; e++) {
            boolean tutor = e % 6 == 0;
            boolean tutee = e % 6 == 1;
            educators.add(new EducatorData(
                    "e" + e,
                    "Фамилия" + e,
                    "Имя" + (e % 17),
                    e % 3 == 0 ? null : "Отчество" + (e % 11),
                    "o" + (e % ORGANIZATIONS),
                    e % 4 == 0 ? "учитель" : null,
                    tutee ? ExperienceLevel.YOUNG : ExperienceLevel.EXPERIENCED,
                    e % 5 == 0 ? "e" + e + "@school.ru" : null));
            List<Role> roles = tutor
                    ? List.of(Role.MEMBER, Role.TUTOR)
                    : tutee ? List.of(Role.MEMBER, Role.TUTEE) : List.of(Role.MEMBER);
            List<TutorLinkData> tutors = tutee
                    ? List.of(new TutorLinkData(
                            "m" + (e - 1),
                            List.of(TutorFunction.CONSULTING, TutorFunction.DIAGNOSTIC),
                            LocalDate.of(2025, 9, 15),
                            e % 12 == 1 ? LocalDate.of(2026, 5, 31) : null))
                    : List.of();
            members.add(new MemberData(
                    "m" + e,
                    "e" + e,
                    roles,
                    LocalDate.of(2025, 9, 1),
                    LocalDate.of(2025, 8, 30),
                    e % 2 == 0 ? "заявление" : null,
                    tutee ? "молодой специалист" : null,
                    tutors,
                    e % 29 == 3 && !tutor ? LocalDate.of(2026, 6, 30) : null)); // a tutor leaving ends the links
        }
        CommunityData community = new CommunityData(
                "Городская сеть классных руководителей",
                CommunityKind.NETWORK_SCHOOL,
                CommunityLevel.MUNICIPAL,
                "o0",
                new DocumentData("Положение о сети", "12", LocalDate.of(2025, 8, 20)),
                "Europe/Moscow",
                "Описание сети.",
                "Развитие компетентности.",
                List.of("Первая задача.", "Вторая задача."),
                List.of(),
                List.of("открытость"),
                List.of(),
                List.of(Form.SEMINAR, Form.MASTER_CLASS),
                List.of(),
                List.of(),
                List.of());
        List<ProgramData> programs = new ArrayList<>();
        List<EventData> events = new ArrayList<>();
        for (int p = 0; p < PROGRAMS; p++) {
            programs.add(program(p));
            for (int v = 0; v < EVENTS_PER_PROGRAM; v++) {
                events.add(event(p, v));
            }
        }
        events.add(new EventData(
                null,
                null,
                "Встреча с родителями",
                Form.MEETING,
                LocalDate.of(2026, 2, 10),
                null,
                null,
                null,
                null,
                null,
                null));
        return new CommunityDocument("generated", organizations, educators, community, members, programs, events);
    }

    private static ProgramData program(int p) {
        String key = "p" + p;
        List<StageData> stages = List.of(
                new StageData(
                        "s1",
                        "Подготовительный",
                        StageKind.PREPARATORY,
                        new PeriodData(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)),
                        null,
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 8, 31)),
                new StageData(
                        "s2",
                        "Деятельностный",
                        StageKind.ACTIVITY,
                        new PeriodData(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)),
                        "Основная работа",
                        LocalDate.of(2026, 9, 1),
                        null));
        List<DirectionData> directions = List.of(
                new DirectionData("d1", "I", "Организационная работа"),
                new DirectionData("d2", "II", "Методическая работа"),
                new DirectionData("d3", "III", "Работа с родителями"));
        List<ActivityData> activities = new ArrayList<>();
        String parent = null;
        for (int a = 0; a < ACTIVITIES; a++) {
            boolean subItem = a % 6 == 5 && parent != null;
            if (!subItem) {
                parent = "a" + a;
            }
            String stage = a % 2 == 0 ? "s1" : null;
            activities.add(new ActivityData(
                    "a" + a,
                    subItem ? (a / 6 + 1) + ".1" : String.valueOf(a / 6 + 1),
                    "Мероприятие " + (a + 1) + " программы " + (p + 1),
                    a % 3 == 0 ? "Описание " + a : null,
                    "d" + (a % 3 + 1),
                    stage,
                    a % 4 == 0 ? List.of(Form.SEMINAR) : List.of(),
                    subItem || stage == null ? null : new ScheduleData(DEADLINES.get(a % DEADLINES.size())),
                    a % 5 == 0
                            ? List.of(
                                    new ResponsibleData("Фамилия" + a + " И.О.", null, "e" + (a * 5 % EDUCATORS)),
                                    new ResponsibleData("зам. директора по ВР", "o" + (a % ORGANIZATIONS), null))
                            : List.of(),
                    a % 7 == 0 ? List.of(TutorFunction.MODELLING) : List.of(),
                    a % 4 == 1 ? "круглый стол с родителями" : null,
                    a % 3 == 1 ? (5 + a % 5) + "–" + (7 + a % 5) + " классы" : null,
                    a % 4 == 2 ? "протокол" : null,
                    subItem ? parent : null));
        }
        List<ResultData> results = List.of(
                new ResultData(
                        "Положение о копилке.",
                        null,
                        ResultKind.PRODUCT,
                        "s1",
                        new AssessmentData(
                                Outcome.ACHIEVED,
                                LocalDate.of(2026, 6, 1),
                                "принято",
                                List.of(new EvidenceData(
                                        EvidenceKind.DOCUMENT, "Положение", "https://example.org/" + p + ".pdf")))),
                new ResultData("Педагоги делятся опытом.", null, ResultKind.EFFECT, "s2", null),
                new ResultData("Выросла компетентность.", "по итогам анкетирования", ResultKind.EFFECT, null, null));
        List<IndicatorData> indicators = List.of(new IndicatorData(
                "Доля педагогов, прошедших обучение",
                "%",
                new BigDecimal("10"),
                new BigDecimal("60"),
                IndicatorDirection.HIGHER_IS_BETTER,
                List.of(
                        new MeasurementData(LocalDate.of(2026, 1, 15), new BigDecimal("20.5"), null),
                        new MeasurementData(LocalDate.of(2026, 6, 1), new BigDecimal("35.5"), "по итогам года"))));
        return new ProgramData(
                key,
                ProgramKind.PROGRAM,
                "Программа " + (p + 1),
                "Идея программы.",
                "Сопровождение классных руководителей.",
                List.of("Провести семинары.", "Создать копилку."),
                "2025-2026",
                new PeriodData(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31)),
                new ApprovalData(
                        new OfficialData("Директор центра", "О.В. Смирнова"),
                        LocalDate.of(2025, 8, 31),
                        new DocumentData("Об утверждении программы", String.valueOf(15 + p), LocalDate.of(2025, 8, 31)),
                        List.of(new OfficialData("Председатель совета", "И.И. Кузнецов"))),
                stages,
                directions,
                activities,
                results,
                indicators);
    }

    private static EventData event(int p, int v) {
        LocalDate day = LocalDate.of(2025, 10, 6).plusWeeks(2L * v + p);
        List<PresenceData> presence = new ArrayList<>();
        for (int m = v; m < EDUCATORS; m += 9) {
            presence.add(new PresenceData("m" + m, (m + v) % 4 != 0));
        }
        return new EventData(
                "p" + p,
                "a" + (v % 3 * 2),
                "Семинар " + (v + 1),
                Form.SEMINAR,
                day,
                LocalTime.of(15, 0),
                LocalTime.of(16, 30),
                "Актовый зал",
                List.of("Фамилия" + v + " И.О."),
                new AttendanceData(presence, v % 2 == 0 ? List.of(new GuestData("Орлова Е.В.", "Гимназия №2")) : null),
                v % 3 == 0
                        ? new MinutesData(
                                String.valueOf(v + 1),
                                day,
                                "Фамилия0 И.О.",
                                "Фамилия1 И.О.",
                                List.of(
                                        new AgendaData(
                                                "О плане работы",
                                                "Фамилию0 И.О.",
                                                List.of("Фамилия2 И."),
                                                List.of("Принять план.")),
                                        new AgendaData("Разное", null, null, null)))
                        : null);
    }
}
