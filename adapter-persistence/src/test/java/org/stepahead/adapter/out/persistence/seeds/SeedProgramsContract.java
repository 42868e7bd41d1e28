package org.stepahead.adapter.out.persistence.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.adapter.out.persistence.seeds.SeedImporter.Imported;
import org.stepahead.adapter.out.persistence.seeds.SeedImporter.ImportedProgram;
import org.stepahead.application.StepAhead;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultCommand.EvidenceInput;
import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.ResultView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.out.Storage;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.program.StageStatus;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Contract: each of the five seed documents, entered through the incoming ports, comes back intact from the read
 * models — over whatever storage a subclass opens. Each test checks the whole seed against its YAML
 * ({@link SeedAssertions}), then a few facts quoted straight from the seed document, so that a wrong YAML fails too.
 */
public abstract class SeedProgramsContract {

    static final String SEED_000 = "seeds/000-club-na-shag-vperedi.yaml";
    static final String SEED_001 = "seeds/001-tambov-network-school.yaml";
    static final String SEED_002 = "seeds/002-buzuluk-support-centre.yaml";
    static final String SEED_003 = "seeds/003-mostovsky-tutor-community.yaml";
    static final String SEED_004 = "seeds/004-krasnoyarsk-professional-community.yaml";

    /** A fixed clock: every date the seeds need is explicit, so "today" only fills what nobody wrote. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T06:00:00Z"), ZoneOffset.UTC);

    private Storage storage;
    protected StepAhead app;

    /** Opens a fresh, empty storage for one test. */
    protected abstract Storage openStorage();

    @BeforeEach
    void openApplication() {
        storage = openStorage();
        app = StepAhead.create(storage, CLOCK);
    }

    @AfterEach
    void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    private Imported enter(SeedDocument seed) {
        return new SeedImporter(app).importSeed(seed);
    }

    // ---- all five in one storage ---------------------------------------------------------------------------------

    @Test
    void givenAllFiveSeeds_whenEnteredIntoOneStorage_thenEachComesBackIntactAndApart() {
        Map<SeedDocument, Imported> entered = new java.util.LinkedHashMap<>();
        for (String resource : List.of(SEED_000, SEED_001, SEED_002, SEED_003, SEED_004)) {
            SeedDocument seed = SeedDocument.read(resource);
            entered.put(seed, new SeedImporter(app).importSeed(seed));
        }

        entered.forEach((seed, ids) -> SeedAssertions.assertSeedIntact(app, seed, ids));
        assertThat(app.listCommunities().list())
                .extracting(CommunityView::name)
                .containsExactlyInAnyOrder(
                        "Клуб классных руководителей «На шаг впереди»",
                        "Сетевая школа классных руководителей",
                        "Центр поддержки и научно-методического сопровождения деятельности классного руководителя",
                        "Муниципальное сообщество тьюторов муниципального образования Мостовский район",
                        "Профессиональное сообщество классных руководителей МОО города Красноярска");
    }

    // ---- seed 000: the club «На шаг впереди» ----------------------------------------------------------------------

    @Test
    void givenSeed000_whenEnteredThroughUseCases_thenOverviewReturnsItIntact() {
        SeedDocument seed = SeedDocument.read(SEED_000);
        Imported ids = enter(seed);

        SeedAssertions.assertSeedIntact(app, seed, ids);

        // Straight from the document.
        ProgramOverview overview =
                app.programOverview().overview(ids.program("subprogram").id());
        assertThat(overview.kind()).isEqualTo(ProgramKind.SUBPROGRAM);
        assertThat(overview.title()).isEqualTo("Подпрограмма тьюторского сопровождения");
        assertThat(overview.communityName()).isEqualTo("Клуб классных руководителей «На шаг впереди»");
        assertThat(overview.goal())
                .isEqualTo(
                        "тьюторское сопровождение профессионального развития классного руководителя с целью повышения"
                                + " профессиональной компетентности.");
        assertThat(overview.summary()).startsWith("Идея: создание профессионального педагогического сообщества");
        assertThat(overview.tasks()).hasSize(6);
        assertThat(overview.tasks().get(0))
                .isEqualTo(new ProgramOverview.TaskView(
                        1, "Формирование единых принципиальных подходов к воспитанию и социализации обучающихся."));
        assertThat(overview.tasks().get(5).text())
                .isEqualTo(
                        "Содействие развитию и функционированию системы воспитательной работы в образовательной организации.");
        assertThat(overview.stages())
                .extracting(StageView::name, StageView::kind, StageView::periodStart, StageView::periodEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Подготовительный",
                                StageKind.PREPARATORY,
                                LocalDate.of(2021, 1, 1),
                                LocalDate.of(2021, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Деятельностный",
                                StageKind.ACTIVITY,
                                LocalDate.of(2022, 1, 1),
                                LocalDate.of(2022, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Результативный",
                                StageKind.RESULTATIVE,
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2023, 12, 31)));
        StageView activityStage = overview.stages().get(1);
        ActivityView seminars = activityStage.activities().get(0);
        assertThat(seminars.number()).isEqualTo("1");
        assertThat(seminars.title()).startsWith("Проведение семинаров, мастер-классов в рамках встреч Клуба");
        assertThat(seminars.schedule())
                .isEqualTo(new Schedule.Recurring(2, Schedule.Frequency.MONTH, "2 раза в месяц"));
        assertThat(seminars.forms()).contains(Form.SEMINAR, Form.MASTER_CLASS);
        assertThat(activityStage.activities()).extracting(ActivityView::number).containsExactly("1", "2", "3", "4");
        assertThat(activityStage.activities().get(2).forms()).contains(Form.MUTUAL_VISIT);
        assertThat(overview.stages().get(0).results())
                .extracting(ResultView::text)
                .contains(
                        "Положение Клуба классных руководителей.", "Создана группа творческих классных руководителей.");
        assertThat(activityStage.results())
                .extracting(ResultView::text)
                .contains("Альбом «История школы глазами выпускников».");
        assertThat(overview.stages().get(2).results())
                .extracting(ResultView::text)
                .contains("Результаты мониторинга работы Клуба классных руководителей.");
        assertThat(overview.approval()).isNull();
        assertThat(overview.status()).isEqualTo(ProgramStatus.DRAFT);
    }

    @Test
    void givenSeed000_whenFirstStageRunsAndCloses_thenOverviewReflectsTheLifecycle() {
        Imported ids = enter(SeedDocument.read(SEED_000));
        ImportedProgram program = ids.program("subprogram");
        StageId first = program.stage("s2021");

        // The document shows no approval; the test approves it as a coordinator would.
        app.approveProgram()
                .approve(new ApproveProgramCommand(
                        program.id(),
                        new ApproveProgramCommand.OfficialInput("Директор школы (тестовые данные)", null),
                        LocalDate.of(2020, 12, 28),
                        null,
                        null,
                        null,
                        List.of(),
                        null));
        app.startStage().startStage(new StartStageCommand(program.id(), first, LocalDate.of(2021, 1, 11), null));
        assertThat(app.listPrograms().programsOf(ids.communityId()))
                .extracting(ProgramSummary::activeStage)
                .containsExactly("Подготовительный");

        Map<String, ResultView> results = resultsByText(
                app.programOverview().overview(program.id()).stages().get(0));
        ResultView statute = results.get("Положение Клуба классных руководителей.");
        assertThat(statute.kind()).isEqualTo(ResultKind.PRODUCT);

        // A product is achieved only with evidence; a stage closes only when each of its results is assessed.
        assertThatThrownBy(() -> assess(program, statute, Outcome.ACHIEVED, List.of()))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> app.closeStage()
                        .closeStage(new CloseStageCommand(program.id(), first, LocalDate.of(2021, 12, 24), null)))
                .isInstanceOf(DomainRuleViolation.class);

        EvidenceInput statuteText = new EvidenceInput(
                EvidenceKind.DOCUMENT, "Положение Клуба классных руководителей", "polozhenie-kluba.pdf");
        EvidenceInput plan =
                new EvidenceInput(EvidenceKind.DOCUMENT, "Календарный план работы Клуба", "plan-kluba.pdf");
        assess(program, statute, Outcome.ACHIEVED, List.of(statuteText));
        assess(program, results.get("План мероприятий Клуба классных руководителей."), Outcome.ACHIEVED, List.of(plan));
        assess(program, results.get("Создана группа творческих классных руководителей."), Outcome.ACHIEVED, List.of());
        assess(
                program,
                results.get("Выявлены трудности в работе классных руководителей."),
                Outcome.PARTLY_ACHIEVED,
                List.of());
        app.closeStage().closeStage(new CloseStageCommand(program.id(), first, LocalDate.of(2021, 12, 24), null));

        ProgramOverview overview = app.programOverview().overview(program.id());
        assertThat(overview.status()).isEqualTo(ProgramStatus.APPROVED);
        StageView closed = overview.stages().get(0);
        assertThat(closed.status()).isEqualTo(StageStatus.CLOSED);
        assertThat(closed.startedOn()).isEqualTo(LocalDate.of(2021, 1, 11));
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2021, 12, 24));
        Map<String, ResultView> assessed = resultsByText(closed);
        ResultView statuteAssessed = assessed.get("Положение Клуба классных руководителей.");
        assertThat(statuteAssessed.outcome()).isEqualTo(Outcome.ACHIEVED);
        assertThat(statuteAssessed.assessedOn()).isEqualTo(LocalDate.of(2021, 12, 20));
        assertThat(statuteAssessed.comment()).isEqualTo("Оценено по итогам этапа");
        assertThat(statuteAssessed.evidence())
                .containsExactly(new ProgramOverview.EvidenceView(
                        EvidenceKind.DOCUMENT, "Положение Клуба классных руководителей", "polozhenie-kluba.pdf"));
        assertThat(assessed.get("Выявлены трудности в работе классных руководителей.")
                        .outcome())
                .isEqualTo(Outcome.PARTLY_ACHIEVED);
        assertThat(overview.stages().subList(1, 3))
                .extracting(StageView::status)
                .containsOnly(StageStatus.PLANNED);
        assertThat(overview.stages().get(1).results())
                .extracting(ResultView::outcome)
                .containsOnlyNulls();
        assertThat(app.listPrograms().programsOf(ids.communityId()))
                .extracting(ProgramSummary::activeStage)
                .containsOnlyNulls();

        // The next stage follows.
        app.startStage()
                .startStage(
                        new StartStageCommand(program.id(), program.stage("s2022"), LocalDate.of(2022, 1, 10), null));
        assertThat(app.programOverview().overview(program.id()).stages().get(1).status())
                .isEqualTo(StageStatus.ACTIVE);
        assertThat(app.listPrograms().programsOf(ids.communityId()))
                .extracting(ProgramSummary::activeStage)
                .containsExactly("Деятельностный");
    }

    private void assess(ImportedProgram program, ResultView result, Outcome outcome, List<EvidenceInput> evidence) {
        app.assessResult()
                .assess(new AssessResultCommand(
                        program.id(),
                        result.id(),
                        outcome,
                        LocalDate.of(2021, 12, 20),
                        "Оценено по итогам этапа",
                        evidence,
                        null));
    }

    private static Map<String, ResultView> resultsByText(StageView stage) {
        return stage.results().stream().collect(Collectors.toMap(ResultView::text, Function.identity()));
    }

    // ---- seed 001: the network school of Tambov --------------------------------------------------------------------

    @Test
    void givenSeed001_whenEnteredThroughUseCases_thenOverviewReturnsItIntact() {
        SeedDocument seed = SeedDocument.read(SEED_001);
        Imported ids = enter(seed);

        SeedAssertions.assertSeedIntact(app, seed, ids);

        // Straight from the document.
        ProgramOverview overview =
                app.programOverview().overview(ids.program("project").id());
        assertThat(overview.kind()).isEqualTo(ProgramKind.PROJECT);
        assertThat(overview.goal()).endsWith("посредством сетевого взаимодействия.");
        assertThat(overview.tasks()).hasSize(3);
        assertThat(overview.stages())
                .extracting(StageView::kind, s -> Period.of(s.periodStart(), s.periodEnd()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                StageKind.ORGANIZATIONAL,
                                Period.ofMonths(YearMonth.of(2022, 9), YearMonth.of(2022, 10))),
                        org.assertj.core.groups.Tuple.tuple(
                                StageKind.IMPLEMENTATION,
                                Period.ofMonths(YearMonth.of(2022, 11), YearMonth.of(2023, 5))),
                        org.assertj.core.groups.Tuple.tuple(
                                StageKind.ANALYTICAL, Period.ofMonths(YearMonth.of(2023, 6), YearMonth.of(2023, 8))));
        assertThat(overview.resultsWithoutStage()).hasSize(7);
        assertThat(overview.resultsWithoutStage()).extracting(ResultView::kind).containsOnly(ResultKind.EFFECT);
        // The slide writes them in capitals: «ТРАНСЛЯЦИЯ ЛУЧШИХ ПРАКТИК» …
        assertThat(overview.resultsWithoutStage())
                .extracting(r -> r.text().toUpperCase(java.util.Locale.ROOT))
                .containsExactly(
                        "ТРАНСЛЯЦИЯ ЛУЧШИХ ПРАКТИК",
                        "ПОВЫШЕНИЕ КОМПЕТЕНЦИИ КЛАССНЫХ РУКОВОДИТЕЛЕЙ",
                        "ПОВЫШЕНИЕ ИМИДЖА КЛАССНОГО РУКОВОДИТЕЛЯ",
                        "ВНЕДРЕНИЕ НОВЫХ ФОРМ РАБОТЫ",
                        "ФОРМИРОВАНИЕ ПРОФЕССИОНАЛЬНОГО СООБЩЕСТВА",
                        "УВЕЛИЧЕНИЕ ВЗАИМОДЕЙСТВИЯ С ВНЕШКОЛЬНЫМИ ОРГАНИЗАЦИЯМИ",
                        "РОСТ СОЦИАЛЬНОЙ АКТИВНОСТИ УЧАЩИХСЯ");
        Map<String, BigDecimal> baselines = overview.indicators().stream()
                .collect(
                        Collectors.toMap(ProgramOverview.IndicatorView::name, ProgramOverview.IndicatorView::baseline));
        assertThat(baselines.get("Общеобразовательных организаций")).isEqualByComparingTo("20");
        assertThat(baselines.get("Количество учащихся")).isEqualByComparingTo("31938");
        assertThat(baselines.get("Количество классных руководителей")).isEqualByComparingTo("1152");
        assertThat(baselines.get("Количество методических объединений классных руководителей"))
                .isEqualByComparingTo("24");
        assertThat(baselines.get("Консультационные центры для родителей по вопросам воспитания учащихся"))
                .isEqualByComparingTo("7");
        assertThat(baselines.get("Специалисты, оказывающие консультационные услуги по вопросам воспитания учащихся"))
                .isEqualByComparingTo("53");
        assertThat(overview.indicators()).hasSize(9);
        assertThat(overview.indicators())
                .extracting(ProgramOverview.IndicatorView::target)
                .containsOnlyNulls();

        assertThat(overview.summary())
                .startsWith("«Ближе всего к ученикам – их классные руководители.")
                .contains("(Из послания Президента РФ Федеральному собранию от 15.01.2020)")
                .contains("Принимаемые роли классного руководителя как руководителя класса")
                .endsWith("Равноправный участник управленческой команды школы");

        CommunityView community = app.getCommunity().get(ids.communityId());
        assertThat(community.kind()).isEqualTo(CommunityKind.NETWORK_SCHOOL);
        assertThat(community.description()).isEqualTo("Проектная команда города Тамбова");
        assertThat(community.tutorFunctions()).isEmpty();
        assertThat(community.timeZone()).isEqualTo("Europe/Moscow");
        assertThat(community.forms())
                .contains(Form.INTENSIVE, Form.SEMINAR, Form.FORUM, Form.ROUND_TABLE, Form.PSYCHOLOGICAL_CONSULTATION);
        assertThat(community.partners())
                .filteredOn(p -> p.role() == PartnerRole.BASE_SITE)
                .extracting(CommunityView.PartnerView::organizationName)
                .containsExactly("МАОУ «Лицей» №21", "МАОУ СОШ №36");
        assertThat(community.partners())
                .filteredOn(p -> p.role() == PartnerRole.BASE_SITE)
                .extracting(CommunityView.PartnerView::basis)
                .extracting(CommunityView.DocumentView::number, CommunityView.DocumentView::date)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("329", LocalDate.of(2021, 3, 31)));
        assertThat(community.partners())
                .filteredOn(p -> p.role() == PartnerRole.RESOURCE)
                .extracting(CommunityView.PartnerView::organizationName)
                .containsExactly(
                        "МКУ «Центр сопровождения образовательной деятельности»",
                        "МБУ «Центр психолого-педагогической, медицинской и социальной помощи»");
    }

    // ---- seed 002: the work plan of the Buzuluk support centre -----------------------------------------------------

    @Test
    void givenSeed002_whenEnteredThroughUseCases_thenOverviewReturnsItIntact() {
        SeedDocument seed = SeedDocument.read(SEED_002);
        Imported ids = new SeedImporter(app).importSeed(seed);

        SeedAssertions.assertSeedIntact(app, seed, ids);

        // Straight from the document.
        ProgramOverview overview =
                app.programOverview().overview(ids.program("plan").id());
        assertThat(overview.kind()).isEqualTo(ProgramKind.WORK_PLAN);
        assertThat(overview.periodStart()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(overview.periodEnd()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(overview.goal()).isNull();
        assertThat(overview.tasks()).isEmpty();
        assertThat(overview.directions())
                .extracting(ProgramOverview.DirectionView::code)
                .containsExactly("1", "2", "III", "IV", "V");
        assertThat(overview.directions().get(4).title())
                .isEqualTo("Конкуренсы профессионального мастерства специалистов в области воспитания");
        assertThat(overview.stages())
                .singleElement()
                .extracting(StageView::kind)
                .isEqualTo(StageKind.WHOLE_PERIOD);

        Map<String, ActivityView> items = overview.activitiesWithoutStage().stream()
                .collect(Collectors.toMap(ActivityView::number, Function.identity()));
        assertThat(items).hasSize(13);
        assertThat(items.get("1").schedule()).isEqualTo(new Schedule.InMonth(YearMonth.of(2021, 1), "январь 2021 г."));
        assertThat(items.get("1").responsible()).hasSize(3);
        assertThat(items.get("1").responsible().get(0).name())
                .isEqualTo("Министерство образования Оренбургской области");
        assertThat(items.get("2").schedule()).isEqualTo(new Schedule.Continuous("в течение всего периода"));
        assertThat(items.get("4").schedule())
                .isEqualTo(new Schedule.Recurring(1, Schedule.Frequency.CALENDAR_QUARTER, "1 издание в квартал"));
        assertThat(items.get("7").schedule())
                .isEqualTo(new Schedule.NthWeekdayOfMonth(3, DayOfWeek.MONDAY, "каждый 3-тий понедельник месяца"));
        assertThat(items.get("7").directionTitle())
                .startsWith("Повышение профессионального мастерства и сопровождение повышения квалификации");
        assertThat(items.get("8").schedule())
                .isEqualTo(new Schedule.InRange(
                        Period.ofMonths(YearMonth.of(2020, 8), YearMonth.of(2020, 9)), "август - сентябрь"));
        assertThat(items.get("9").schedule())
                .isEqualTo(new Schedule.Several(
                        List.of(
                                new Schedule.InMonth(YearMonth.of(2020, 11), "ноябрь 2020 г."),
                                new Schedule.InMonth(YearMonth.of(2021, 4), "апрель 2021 г.")),
                        "ноябрь 2020 г. апрель 2021 г."));
        assertThat(items.get("11").schedule())
                .isEqualTo(new Schedule.InRange(
                        Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31)), "сентябрь - декабрь 2020 г."));
        assertThat(items.get("12").title())
                .isEqualTo("Муниципальный конкурс профессионального мастерства «Самый классный классный»");
        assertThat(items.get("12").schedule())
                .isEqualTo(new Schedule.InRange(
                        Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 2, 28)),
                        "сентябрь 2020 - февраль 2021"));
        assertThat(items.get("13").schedule())
                .isEqualTo(new Schedule.InRange(
                        Period.of(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 4, 30)), "октябрь - апрель 2021 г."));

        assertThat(app.getCommunity().get(ids.communityId()).timeZone()).isEqualTo("Asia/Yekaterinburg");
    }

    /** What the model should allow: seed 002 approved and agreed as its document is signed. */
    @Test
    void givenSeed002_whenApprovedAsSigned_thenOverviewShowsTheApproval() {
        SeedDocument seed = SeedDocument.read(SEED_002);
        Imported ids = enter(seed);

        SeedAssertions.assertSeedIntact(app, seed, ids);

        ProgramOverview overview =
                app.programOverview().overview(ids.program("plan").id());
        assertThat(overview.status()).isEqualTo(ProgramStatus.APPROVED);
        assertThat(overview.approval().approvedByPosition()).isEqualTo("Директор МБУДО «ЦВР» Бузулукского района");
        assertThat(overview.approval().approvedByName()).isEqualTo("Е.Н. Филатова");
        assertThat(overview.approval().agreedBy())
                .containsExactly(new ProgramOverview.OfficialView(
                        "Начальник отдела образования администрации Бузулукского района", "СВ Стапинов"));
    }

    // ---- seed 003: the tutor community of Mostovsky district -------------------------------------------------------

    @Test
    void givenSeed003_whenEnteredThroughUseCases_thenOverviewReturnsItIntact() {
        SeedDocument seed = SeedDocument.read(SEED_003);
        Imported ids = enter(seed);

        SeedAssertions.assertSeedIntact(app, seed, ids);

        // Straight from the document.
        CommunityView community = app.getCommunity().get(ids.communityId());
        assertThat(community.kind()).isEqualTo(CommunityKind.TUTOR_COMMUNITY);
        assertThat(community.functions()).hasSize(7);
        assertThat(community.functions())
                .extracting(CommunityView.FunctionView::function)
                .containsExactly(CommunityFunction.values());
        assertThat(community.functions().get(0).description())
                .isEqualTo("содействие перспективному развитию муниципальной системы образования");
        assertThat(community.principles()).hasSize(7);
        assertThat(community.principles().get(0))
                .isEqualTo("принцип добровольности принятия роли муниципального тьютора и тьюторанта");
        assertThat(community.tutorFunctions()).hasSize(6);
        assertThat(community.tutorFunctions())
                .extracting(t -> t.function())
                .containsExactly(
                        TutorFunction.MODELLING,
                        TutorFunction.SUPPORTING,
                        TutorFunction.DIAGNOSTIC,
                        TutorFunction.LOGISTIC,
                        TutorFunction.CONSULTING,
                        TutorFunction.PRAXEOLOGICAL);
        assertThat(community.tutorFunctions().get(0).description())
                .isEqualTo(
                        "раскрытие перед тьюторантом образовательного потенциала окружающего пространства, активизирующего его"
                                + " образовательную инициативу");
        assertThat(community.tutorFunctions().get(2).description())
                .isEqualTo("оценка образовательных потребностей, возможностей тьюторанта");
        assertThat(community.tutorFunctions().get(5).description())
                .startsWith("обобщение, систематизация и диссеминация опыта работы")
                .endsWith("популяризация идей тьюторства среди педагогической общественности.");
        // The «Введение» is the program's summary, not repeated as the community's description.
        assertThat(community.description()).isNull();

        ProgramOverview overview =
                app.programOverview().overview(ids.program("program2021").id());
        assertThat(overview.goal())
                .startsWith(
                        "Целью работы муниципального сообщества тьюторов является повышение качества образовательных услуг");
        assertThat(overview.tasks()).hasSize(8);
        assertThat(overview.summary())
                .startsWith("Муниципальное сообщество тьюторов представляет собой профессиональное объединение")
                .contains("Федеральным законом «Об образовании в Российской Федерации» от 29.12.2012 № 273-ФЗ")
                .endsWith(
                        "Результатами функционирования муниципального сообщества тьюторов являются методические продукты,"
                                + " подготовленные для использования учителями-предметниками, методические события и эффекты,"
                                + " достигаемые в рамках его работы. Методические продукты включают:");
        assertThat(overview.approval().approvedByName()).isEqualTo("Ю.Н. Богинский");
        assertThat(overview.approval().orderNumber()).isNull();
        assertThat(overview.approval().orderDate()).isNull();
        assertThat(overview.resultsWithoutStage())
                .extracting(ResultView::kind)
                .containsExactly(
                        ResultKind.PRODUCT,
                        ResultKind.PRODUCT,
                        ResultKind.PRODUCT,
                        ResultKind.EVENT,
                        ResultKind.EFFECT,
                        ResultKind.EFFECT,
                        ResultKind.EFFECT,
                        ResultKind.EFFECT);
        assertThat(overview.stages()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StageKind.WHOLE_PERIOD);
            assertThat(s.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(s.periodEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
        });
        Map<String, ActivityView> items = overview.activitiesWithoutStage().stream()
                .collect(Collectors.toMap(ActivityView::number, Function.identity()));
        assertThat(overview.activitiesWithoutStage())
                .extracting(ActivityView::number)
                .containsExactly(
                        "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "5.2",
                        "5.3", "5.4");
        assertThat(overview.activitiesWithoutStage())
                .allSatisfy(a ->
                        assertThat(a.responsible()).extracting(r -> r.name()).containsExactly("Сообщество тьюторов"));
        assertThat(items.get("1.1").schedule())
                .isEqualTo(
                        new Schedule.Recurring(2, Schedule.Frequency.QUARTER, "2 раза в четверть по отдельному плану"));
        assertThat(items.get("1.3").schedule())
                .isEqualTo(new Schedule.ByPlan("маршрутная карта", "По маршрутной карте"));
        assertThat(items.get("2.1").schedule()).isEqualTo(new Schedule.OnRequest("ОО", "По запросу ОО"));
        assertThat(items.get("3.2").directionTitle()).isEqualTo("Экспертная деятельность");
        assertThat(items.get("5.4").schedule()).isEqualTo(new Schedule.Continuous("В течение всего периода"));
    }

    // ---- seed 004: the professional community of Krasnoyarsk -------------------------------------------------------

    @Test
    void givenSeed004_whenEnteredThroughUseCases_thenCommunityAndRegisterReturnItIntact() {
        SeedDocument seed = SeedDocument.read(SEED_004);
        Imported ids = enter(seed);

        SeedAssertions.assertSeedIntact(app, seed, ids);

        // Straight from the document.
        CommunityView community = app.getCommunity().get(ids.communityId());
        assertThat(community.foundingDocument().number()).isEqualTo("288/п");
        assertThat(community.foundingDocument().date()).isEqualTo(LocalDate.of(2023, 6, 14));
        assertThat(community.timeZone()).isEqualTo("Asia/Krasnoyarsk");
        assertThat(community.coordinatingOrganizationName())
                .isEqualTo("муниципальное казенное учреждение «Красноярский информационно-методический центр»");
        assertThat(community.goal())
                .startsWith(
                        "Целью деятельности профессионального сообщества является эффективное использование и развитие"
                                + " профессионального потенциала классных руководителей");
        assertThat(community.tasks()).hasSize(7);
        assertThat(community.directions())
                .extracting(CommunityView.DirectionView::title)
                .containsExactly(
                        "Организационно-координирующее",
                        "Коммуникативное",
                        "Аналитико-прогностическое",
                        "Инновационное");
        assertThat(community.directions()).extracting(d -> d.items().size()).containsExactly(4, 2, 3, 4);
        assertThat(community.rights()).hasSize(6);
        assertThat(community.forms()).contains(Form.MEETING, Form.ROUND_TABLE, Form.CREATIVE_REPORT, Form.MASTER_CLASS);
        // «круглые столы, дискуссии, сообщения по методике воспитания, совещания и семинары»
        assertThat(community.forms())
                .containsSubsequence(Form.ROUND_TABLE, Form.DISCUSSION, Form.REPORT, Form.BRIEFING, Form.SEMINAR);
        assertThat(community.partners()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(PartnerRole.SUPERVISING_AUTHORITY);
            assertThat(p.organizationName())
                    .isEqualTo("главное управление образования администрации города Красноярска");
        });
        assertThat(community.description())
                .startsWith(
                        "1. Общие положения\n1.1 Профессиональное сообщество классных руководителей МОО города Красноярска"
                                + " (далее – Профессиональное сообщество) является профессиональным объединением")
                .contains(
                        "1.2. Профессиональное сообщество создается в целях эффективной реализации образовательной политики в"
                                + " области воспитания МОО города Красноярска.")
                .contains(
                        "1.4. Профессиональное сообщество в своей деятельности руководствуется Конституцией Российской Федерации")
                .contains(
                        "3.2. Деятельность профессионального сообщества осуществляется на безвозмездной основе, все участники"
                                + " обладают равными правами и обязанностями.")
                .contains(
                        "3.4. Работа профессионального сообщества планируется на основе изучения образовательных потребностей")
                .contains("5. Документация")
                .endsWith("- протоколы заседаний.");
        assertThat(community.description().lines()).hasSize(11);
        assertThat(community.tutorFunctions()).isEmpty();
        assertThat(app.listPrograms().programsOf(ids.communityId())).isEmpty();

        List<MemberRegisterItem> register = app.memberRegister()
                .register(new MemberRegisterQuery(ids.communityId(), null, null, null, false, 0, 50))
                .items();
        assertThat(register).hasSize(2);
        assertThat(register)
                .extracting(
                        id -> app.getMembership().membership(id.membershipId()).admissionBasis())
                .allSatisfy(basis -> assertThat(basis).contains("«Классный классный»"));
    }
}
