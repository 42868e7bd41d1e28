package org.stepahead.application.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.CommunityDocument.ActivityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ApprovalData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AssessmentData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AttendanceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.CommunityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EducatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EventData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MemberData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OfficialData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OrganizationData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PeriodData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PresenceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ProgramData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResultData;
import org.stepahead.application.port.in.transfer.CommunityDocument.StageData;
import org.stepahead.application.port.in.transfer.CommunityDocument.TutorLinkData;
import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportRefusedException;
import org.stepahead.application.port.in.transfer.ImportRefusedException.Problem;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.application.port.in.transfer.ImportWarning;
import org.stepahead.application.port.in.transfer.ScheduleData;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.Aggregate;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

class ImportCommunityServiceTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Clock CLOCK =
            Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(MOSCOW).toInstant(), MOSCOW);

    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);

    private ImportReport importInto(FakeStorage storage, CommunityDocument document, boolean dryRun) {
        return StepAhead.create(storage, CLOCK, publisher)
                .importCommunity()
                .importCommunity(new ImportCommunityCommand(document, dryRun));
    }

    @Test
    void givenADocument_import_entersEverythingInOneUnitOfWork_andPublishesTheEventsOnceAfterTheCommit() {
        FakeStorage storage = new FakeStorage();

        ImportReport report = importInto(storage, document(), false);

        assertThat(storage.units).isEqualTo(1);
        assertThat(storage.commits).isEqualTo(1);
        assertThat(report.dryRun()).isFalse();
        assertThat(report.communityId()).isNotNull();
        assertThat(List.of(
                        report.organizations(),
                        report.educators(),
                        report.members(),
                        report.programs(),
                        report.events()))
                .containsExactly(1, 2, 2, 1, 1);
        assertThat(storage.stored())
                .extracting(a -> (Object) a.getId())
                .contains(
                        report.communityId(),
                        report.organizationIds().get(0),
                        report.educatorIds().get(1),
                        report.membershipIds().get(1),
                        report.programIds().get(0),
                        report.eventIds().get(0));
        verify(publisher, times(1)).publish(any());
    }

    static IntStream everySave() {
        FakeStorage counting = new FakeStorage();
        StepAhead.create(counting, CLOCK)
                .importCommunity()
                .importCommunity(new ImportCommunityCommand(document(), false));
        return IntStream.rangeClosed(1, counting.saves());
    }

    @ParameterizedTest
    @MethodSource("everySave")
    void givenTheStorageFailsAtTheNthSave_import_keepsNothing_andPublishesNothing(int failingSave) {
        FakeStorage storage = new FakeStorage().failingOnSave(failingSave);

        assertThatThrownBy(() -> importInto(storage, document(), false))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(storage.stored()).isEmpty();
        assertThat(storage.units).isEqualTo(1);
        assertThat(storage.rollbacks).isEqualTo(1);
        verify(publisher, never()).publish(any());
    }

    @Test
    void givenADocumentImportedBefore_importAgain_reportsAlreadyImported_andChangesNothing() {
        FakeStorage storage = new FakeStorage();
        ImportReport first = importInto(storage, document(), false);
        List<Aggregate<?, ?>> before = storage.stored();
        int savesBefore = storage.saves();

        ImportReport again = importInto(storage, document(), false);
        ImportReport checked = importInto(storage, document(), true);

        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.documentKey()).startsWith("sha256:");
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.communityId()).isEqualTo(first.communityId());
        assertThat(again.documentKey()).isEqualTo(first.documentKey());
        assertThat(again.programIds()).isEmpty();
        assertThat(checked.alreadyImported()).isTrue();
        assertThat(storage.saves()).isEqualTo(savesBefore);
        assertThat(storage.stored()).isEqualTo(before);
        verify(publisher, times(1)).publish(any());
    }

    @Test
    void givenADocumentWithItsOwnKey_importOfAnotherVersionOfIt_isAlreadyImported_butADifferentDocumentIsNot() {
        FakeStorage storage = new FakeStorage();
        CommunityDocument keyed = document().withKey("club-2026");
        ImportReport first = importInto(storage, keyed, false);
        CommunityDocument edited = new CommunityDocument(
                "club-2026",
                "edited",
                keyed.organizations(),
                keyed.educators(),
                keyed.community(),
                keyed.members(),
                keyed.programs(),
                keyed.events());

        ImportReport again = importInto(storage, edited, false);
        ImportReport other = importInto(storage, edited.withKey(null), false);

        assertThat(first.documentKey()).isEqualTo("club-2026");
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.communityId()).isEqualTo(first.communityId());
        assertThat(other.alreadyImported()).isFalse();
        assertThat(other.communityId()).isNotEqualTo(first.communityId());
    }

    @Test
    void givenADryRun_import_recordsNoKey_soTheRealImportFollows() {
        FakeStorage storage = new FakeStorage();

        ImportReport checked = importInto(storage, document(), true);
        ImportReport imported = importInto(storage, document(), false);

        assertThat(checked.alreadyImported()).isFalse();
        assertThat(imported.alreadyImported()).isFalse();
        assertThat(storage.importedDocuments().findByKey(imported.documentKey()))
                .get()
                .satisfies(d -> {
                    assertThat(d.community()).isEqualTo(imported.communityId());
                    assertThat(d.importedAt()).isEqualTo(CLOCK.instant());
                });
    }

    @Test
    void givenAKeyTooLongOrBlank_import_isRefusedAtTheKey_andKeepsNothing() {
        FakeStorage storage = new FakeStorage();

        for (String key : List.of("k".repeat(201), " ")) {
            assertThatThrownBy(() -> importInto(storage, document().withKey(key), false))
                    .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                        assertThat(e.path()).isEqualTo("key");
                        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
                    });
        }
        assertThat(storage.stored()).isEmpty();
    }

    @Test
    void givenAPlanNamingNoCommunity_import_filesItUnderAPlaceholderOfItsOrganization_andWarns() {
        CommunityDocument source = document();
        CommunityDocument schoolPlan = new CommunityDocument(
                source.source(),
                source.organizations(),
                source.educators(),
                null,
                source.members(),
                source.programs(),
                source.events());
        FakeStorage storage = new FakeStorage();

        ImportReport report = importInto(storage, schoolPlan, false);

        Community placeholder = storage.stored().stream()
                .filter(Community.class::isInstance)
                .map(Community.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(placeholder.getId()).isEqualTo(report.communityId());
        assertThat(placeholder.kind()).isEqualTo(CommunityKind.SCHOOL_STAFF);
        assertThat(placeholder.name()).isEqualTo("Педагогический коллектив: МБОУ Лицей № 21");
        assertThat(report.warnings())
                .extracting(ImportWarning::path, ImportWarning::code)
                .contains(tuple("community", ImportWarning.PLACEHOLDER_COMMUNITY));
        assertThat(report.warnings().stream()
                        .filter(w -> w.path().equals("community"))
                        .findFirst()
                        .orElseThrow()
                        .message(Locale.forLanguageTag("ru")))
                .contains("сообщество не создано");
        assertThat(report.programs()).isEqualTo(1);
    }

    @Test
    void givenNeitherACommunityNorAnOrganization_import_isRefusedAtTheCommunity() {
        CommunityDocument nothing =
                new CommunityDocument("test", List.of(), List.of(), null, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> importInto(new FakeStorage(), nothing, false))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.path()).isEqualTo("community");
                    assertThat(e.problem()).isEqualTo(Problem.REQUIRED);
                });
    }

    @Test
    void givenADryRun_import_reportsWhatItWouldCreate_andKeepsNothing() {
        FakeStorage storage = new FakeStorage();

        ImportReport report = importInto(storage, document(), true);

        assertThat(report.dryRun()).isTrue();
        assertThat(List.of(
                        report.organizations(),
                        report.educators(),
                        report.members(),
                        report.programs(),
                        report.events()))
                .containsExactly(1, 2, 2, 1, 1);
        assertThat(report.warnings()).hasSize(2);
        assertThat(storage.saves()).isPositive();
        assertThat(storage.stored()).isEmpty();
        assertThat(storage.commits).isZero();
        verify(publisher, never()).publish(any());
    }

    @Test
    void givenAttendanceOfAnEventStillToCome_import_isRefusedByTheRuleAtThatPath_andKeepsNothing() {
        FakeStorage storage = new FakeStorage();
        CommunityDocument document = withEvent(document(), "visits", LocalDate.of(2026, 12, 10));

        assertThatThrownBy(() -> importInto(storage, document, false))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.path()).isEqualTo("events[0].attendance");
                    assertThat(e.problem()).isEqualTo(Problem.RULE);
                    assertThat(e.refusedByRule()).isTrue();
                    assertThat(e.message(Locale.forLanguageTag("ru"))).startsWith("отказ: ");
                    assertThat(e.message(Locale.ENGLISH)).startsWith("refused: ");
                });
        assertThat(storage.stored()).isEmpty();
        verify(publisher, never()).publish(any());
    }

    @Test
    void givenANoviceAsATutor_import_isRefusedAtTheMember() {
        CommunityDocument source = document();
        List<EducatorData> educators = new ArrayList<>(source.educators());
        EducatorData tutor = educators.get(0);
        educators.set(
                0,
                new EducatorData(
                        tutor.key(),
                        tutor.surname(),
                        tutor.givenName(),
                        tutor.patronymic(),
                        tutor.organization(),
                        tutor.position(),
                        ExperienceLevel.YOUNG,
                        tutor.email()));
        CommunityDocument document = new CommunityDocument(
                source.source(),
                source.organizations(),
                educators,
                source.community(),
                source.members(),
                source.programs(),
                source.events());

        assertThatThrownBy(() -> importInto(new FakeStorage(), document, false))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.problems())
                            .extracting(ImportRefusedException::path)
                            .containsExactly("members[0]");
                    assertThat(e.path()).isEqualTo("members[0]");
                    assertThat(e.refusedByRule()).isTrue();
                });
    }

    @Test
    void givenAStageWithoutTheEndOfItsPeriod_import_namesThePath() {
        CommunityDocument source = document();
        ProgramData program = source.programs().get(0);
        List<StageData> stages = withoutTheEndOfTheSecondStage(program);
        CommunityDocument document = withProgram(source, program, stages, program.activities());

        assertThatThrownBy(() -> importInto(new FakeStorage(), document, false))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.path()).isEqualTo("programs[0].stages[1].period.end");
                    assertThat(e.problem()).isEqualTo(Problem.REQUIRED);
                    assertThat(e.refusedByRule()).isFalse();
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("a required field is missing");
                });
    }

    @Test
    void givenAnActivityOfAnUnknownStage_import_namesThePathAndTheKey() {
        CommunityDocument source = document();
        ProgramData program = source.programs().get(0);
        ActivityData a = program.activities().get(0);
        List<ActivityData> activities = List.of(new ActivityData(
                a.key(),
                a.number(),
                a.title(),
                a.description(),
                a.direction(),
                "third",
                a.forms(),
                a.schedule(),
                a.responsible(),
                a.tutorFunctions()));
        CommunityDocument document = withProgram(source, program, program.stages(), activities);

        assertThatThrownBy(() -> importInto(new FakeStorage(), document, false))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.path()).isEqualTo("programs[0].activities[0].stage");
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_KEY);
                    assertThat(e.message(Locale.forLanguageTag("ru"))).isEqualTo("нет записи с ключом «third»");
                });
    }

    @Test
    void givenSeveralProblemsInOneDocument_import_reportsEveryOneInDocumentOrder_onceEach_andKeepsNothing() {
        CommunityDocument source = document();
        ProgramData program = source.programs().get(0);
        List<StageData> stages = withoutTheEndOfTheSecondStage(program);
        StageData second = stages.get(1);
        List<ActivityData> activities = new ArrayList<>(program.activities());
        activities.add(activity("lost", "third", null));
        activities.add(activity("later", second.key(), null));
        CommunityDocument withProblems = withProgram(source, program, stages, activities);
        List<EducatorData> educators = new ArrayList<>(withProblems.educators());
        EducatorData first = educators.get(0);
        educators.add(new EducatorData("nobody", " ", first.givenName(), null, null, null, first.experience(), null));
        CommunityDocument document = new CommunityDocument(
                withProblems.source(),
                withProblems.organizations(),
                educators,
                withProblems.community(),
                withProblems.members(),
                withProblems.programs(),
                withEvent(withProblems, "nowhere", LocalDate.of(2026, 2, 10)).events());
        FakeStorage storage = new FakeStorage();

        assertThatThrownBy(() -> importInto(storage, document, false))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.problems())
                            .extracting(ImportRefusedException::path, ImportRefusedException::problem)
                            .containsExactly(
                                    tuple("educators[" + (educators.size() - 1) + "]", Problem.INVALID),
                                    tuple("programs[0].stages[1].period.end", Problem.REQUIRED),
                                    tuple(
                                            "programs[0].activities[" + (activities.size() - 2) + "].stage",
                                            Problem.UNKNOWN_KEY),
                                    tuple("events[0].activity", Problem.UNKNOWN_KEY));
                    assertThat(e.path()).isEqualTo(e.problems().get(0).path());
                    assertThat(e.refusedByRule()).isFalse();
                });
        assertThat(storage.stored()).isEmpty();
        verifyNoInteractions(publisher);
    }

    @Test
    void givenSchedulesTheParserCannotRead_import_keepsTheirWords_andWarnsWithTheirPaths() {
        FakeStorage storage = new FakeStorage();

        ImportReport report = importInto(storage, document(), false);

        assertThat(report.warnings())
                .extracting(ImportWarning::path, ImportWarning::code, ImportWarning::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "programs[0].activities[0].schedule",
                                ImportWarning.UNPARSED_SCHEDULE,
                                "когда получится"),
                        org.assertj.core.groups.Tuple.tuple(
                                "programs[0].activities[1].schedule.parts[1]",
                                ImportWarning.UNPARSED_SCHEDULE,
                                "и ещё как-нибудь"));
        assertThat(report.warnings().get(0).message(Locale.forLanguageTag("ru")))
                .isEqualTo("срок «когда получится» не распознан и сохранён как текст");
        assertThat(report.warnings().get(0).message(Locale.ENGLISH)).contains("\"когда получится\"");
    }

    @Test
    void givenSchedulesAsThePlansWordsOnly_import_readsThemInTheirStagesPeriod_andKeepsTheWords() {
        CommunityDocument source = document();
        ProgramData program = source.programs().get(0);
        List<ActivityData> activities = List.of(
                activity("talks", "first", new ScheduleData("2 раза в месяц")),
                activity("october", "first", schedule(null, List.of(), "октябрь")),
                activity("year", "first", schedule(Schedule.Kind.UNPARSED, List.of(), "в течение года")),
                activity("august", "second", new ScheduleData("август")));
        FakeStorage storage = new FakeStorage();

        ImportReport report = importInto(storage, withProgram(source, program, program.stages(), activities), false);

        assertThat(report.warnings()).isEmpty();
        Program imported = importedProgram(storage);
        assertThat(imported.activities())
                .extracting(a -> a.details().schedule())
                .containsExactly(
                        new Schedule.Recurring(2, Schedule.Frequency.MONTH, "2 раза в месяц"),
                        new Schedule.InMonth(YearMonth.of(2025, 10), "октябрь"),
                        new Schedule.Continuous("в течение года"),
                        new Schedule.InMonth(YearMonth.of(2027, 8), "август"));
    }

    @Test
    void givenAPlanNamingOnlyItsAcademicYear_import_takesTheWholeAcademicYearAsItsPeriod() {
        CommunityDocument source = document();
        ProgramData p = source.programs().get(0);
        ProgramData yearOnly = new ProgramData(
                p.key(),
                p.kind(),
                p.title(),
                p.summary(),
                p.goal(),
                p.tasks(),
                "2025-2026",
                null,
                p.approval(),
                List.of(p.stages().get(0)),
                p.directions(),
                List.of(activity("talks", "first", new ScheduleData("2 раза в месяц"))),
                p.results(),
                p.indicators());
        CommunityDocument document = new CommunityDocument(
                source.source(),
                source.organizations(),
                source.educators(),
                source.community(),
                source.members(),
                List.of(yearOnly),
                source.events());
        FakeStorage storage = new FakeStorage();

        importInto(storage, document, false);

        Program imported = importedProgram(storage);
        assertThat(imported.period())
                .isEqualTo(org.stepahead.domain.shared.Period.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)));
    }

    @Test
    void givenTheMessageBundles_everyProblemAndWarning_hasARussianAndAnEnglishText() throws Exception {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = new Properties();
            try (var in = ImportRefusedException.class.getResourceAsStream(bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (Problem problem : Problem.values()) {
                assertThat(texts.getProperty(problem.code()))
                        .as(bundle + " " + problem)
                        .isNotBlank();
            }
            assertThat(texts.getProperty(ImportWarning.UNPARSED_SCHEDULE))
                    .as(bundle)
                    .isNotBlank();
        }
    }

    // ------------------------------------------------------------------ the document

    static CommunityDocument document() {
        List<OrganizationData> organizations = List.of(
                new OrganizationData("school", "МБОУ Лицей № 21", null, OrganizationKind.LYCEUM, null, null, null));
        List<EducatorData> educators = List.of(
                new EducatorData(
                        "ivanova",
                        "Иванова",
                        "Анна",
                        "Петровна",
                        "school",
                        "учитель",
                        ExperienceLevel.EXPERIENCED,
                        null),
                new EducatorData("petrov", "Петров", "Пётр", null, "school", null, ExperienceLevel.YOUNG, null));
        CommunityData community = new CommunityData(
                "Клуб «Шаг»",
                CommunityKind.CLUB,
                CommunityLevel.SCHOOL,
                "school",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        LocalDate joined = LocalDate.of(2025, 9, 1);
        List<MemberData> members = List.of(
                new MemberData(
                        "m-ivanova",
                        "ivanova",
                        List.of(Role.MEMBER, Role.TUTOR),
                        joined,
                        joined,
                        null,
                        null,
                        null,
                        null),
                new MemberData(
                        "m-petrov",
                        "petrov",
                        List.of(Role.MEMBER),
                        joined,
                        joined,
                        null,
                        null,
                        List.of(new TutorLinkData("m-ivanova", List.of(TutorFunction.SUPPORTING), joined, null)),
                        null));
        List<StageData> stages = List.of(
                new StageData(
                        "first",
                        "Подготовительный",
                        StageKind.PREPARATORY,
                        new PeriodData(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)),
                        null,
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 8, 31)),
                new StageData(
                        "second",
                        "Деятельностный",
                        StageKind.ACTIVITY,
                        new PeriodData(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)),
                        null,
                        LocalDate.of(2026, 9, 1),
                        null));
        List<ActivityData> activities = List.of(
                activity("talks", "first", schedule(Schedule.Kind.UNPARSED, List.of(), "когда получится")),
                activity(
                        "visits",
                        "second",
                        schedule(
                                Schedule.Kind.SEVERAL,
                                List.of(
                                        schedule(Schedule.Kind.CONTINUOUS, List.of(), "в течение года"),
                                        schedule(Schedule.Kind.UNPARSED, List.of(), "и ещё как-нибудь")),
                                "в течение года и ещё как-нибудь")));
        ProgramData program = new ProgramData(
                "p",
                ProgramKind.SUBPROGRAM,
                "Подпрограмма наставничества",
                null,
                "Поддержать молодых",
                List.of("Встречаться"),
                "2025-2026",
                new PeriodData(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31)),
                new ApprovalData(new OfficialData("Директор", "А.А. Смирнова"), LocalDate.of(2025, 8, 25), null, null),
                stages,
                null,
                activities,
                List.of(new ResultData(
                        "Создана группа",
                        null,
                        ResultKind.EFFECT,
                        "first",
                        new AssessmentData(Outcome.ACHIEVED, LocalDate.of(2026, 5, 20), null, null))),
                null);
        CommunityDocument document = new CommunityDocument(
                "test", organizations, educators, community, members, List.of(program), List.of());
        return withEvent(document, "talks", LocalDate.of(2026, 2, 10));
    }

    private static ActivityData activity(String key, String stage, ScheduleData schedule) {
        return new ActivityData(
                key, null, "Встречи " + key, null, null, stage, List.of(Form.MEETING), schedule, null, null);
    }

    private static ScheduleData schedule(Schedule.Kind kind, List<ScheduleData> parts, String text) {
        return new ScheduleData(
                kind, null, null, null, null, null, null, null, null, null, null, null, null, null, parts, text);
    }

    private static CommunityDocument withEvent(CommunityDocument d, String activity, LocalDate day) {
        EventData event = new EventData(
                "p",
                activity,
                "Встреча",
                Form.MEETING,
                day,
                null,
                null,
                "Лицей",
                null,
                new AttendanceData(List.of(new PresenceData("m-petrov", true)), null),
                null);
        return new CommunityDocument(
                d.source(), d.organizations(), d.educators(), d.community(), d.members(), d.programs(), List.of(event));
    }

    private static List<StageData> withoutTheEndOfTheSecondStage(ProgramData program) {
        List<StageData> stages = new ArrayList<>(program.stages());
        StageData second = stages.get(1);
        stages.set(
                1,
                new StageData(
                        second.key(),
                        second.name(),
                        second.kind(),
                        new PeriodData(second.period().start(), null),
                        null,
                        null,
                        null));
        return stages;
    }

    private static Program importedProgram(FakeStorage storage) {
        return storage.stored().stream()
                .filter(Program.class::isInstance)
                .map(Program.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static CommunityDocument withProgram(
            CommunityDocument d, ProgramData p, List<StageData> stages, List<ActivityData> activities) {
        ProgramData changed = new ProgramData(
                p.key(),
                p.kind(),
                p.title(),
                p.summary(),
                p.goal(),
                p.tasks(),
                p.academicYear(),
                p.period(),
                p.approval(),
                stages,
                p.directions(),
                activities,
                p.results(),
                p.indicators());
        return new CommunityDocument(
                d.source(), d.organizations(), d.educators(), d.community(), d.members(), List.of(changed), d.events());
    }
}
