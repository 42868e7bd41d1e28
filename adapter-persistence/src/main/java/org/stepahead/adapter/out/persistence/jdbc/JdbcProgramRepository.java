package org.stepahead.adapter.out.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.ActivityFormRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.ActivityRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.AgreedByRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.DirectionRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.EvidenceRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.IndicatorRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.MeasurementRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.ProgramRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.ResponsibleRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.ResultRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.StageRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.TaskRow;
import org.stepahead.adapter.out.persistence.jdbc.ProgramRows.TutorFunctionRow;
import org.stepahead.adapter.out.persistence.jdbc.ScheduleRows.ScheduleRow;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.ProgramVersions;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Assessment;
import org.stepahead.domain.program.Evidence;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResult;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Persistence adapter: programs in table {@code program} and the tables of their parts. Loading any number of
 * programs takes a fixed number of queries (one per table); saving replaces the parts after a version-checked update
 * of the program row.
 */
final class JdbcProgramRepository extends JdbcRepository<Program, ProgramId> implements ProgramRepository {

    private static final RootTable PROGRAM = new RootTable(
            "program",
            "community_id, kind, title, summary, goal, period_start, period_end, status,"
                    + " approved_by_position, approved_by_name, approved_on, order_title, order_number, order_date",
            "program_id",
            "measurement",
            "indicator",
            "result_evidence",
            "expected_result",
            "activity_schedule",
            "activity_tutor_function",
            "activity_responsible",
            "activity_form",
            "activity",
            "direction",
            "stage",
            "program_agreed_by",
            "program_task");

    JdbcProgramRepository(JdbcSession session) {
        super(session, PROGRAM.select(), ProgramId::value);
    }

    @Override
    public List<Program> findByCommunity(CommunityId communityId) {
        return select(
                " where community_id = :community order by period_start, id",
                q -> q.bind("community", communityId.value()));
    }

    @Override
    public Optional<ProgramVersions> stampOf(ProgramId id) {
        return session.read(
                h -> h.createQuery("select p.version as program, coalesce(c.version, 0) as community from program p"
                                + " left join community c on c.id = p.community_id where p.id = :id")
                        .bind("id", id.value())
                        .map((rs, ctx) -> new ProgramVersions(rs.getLong("program"), rs.getLong("community")))
                        .findOne());
    }

    @Override
    protected List<Program> load(Handle h, Query query) {
        List<ProgramRow> roots = query.mapTo(ProgramRow.class).list();
        if (roots.isEmpty()) {
            return List.of();
        }
        Rows.Children children =
                PROGRAM.parts(h, roots.stream().map(ProgramRow::id).toList());
        Map<UUID, List<TaskRow>> tasks =
                children.grouped("program_task", "program_id, number", TaskRow.class, TaskRow::programId);
        Map<UUID, List<AgreedByRow>> agreed =
                children.grouped("program_agreed_by", AgreedByRow.class, AgreedByRow::programId);
        Map<UUID, List<StageRow>> stages = children.grouped("stage", StageRow.class, StageRow::programId);
        Map<UUID, List<DirectionRow>> directions =
                children.grouped("direction", DirectionRow.class, DirectionRow::programId);
        Map<UUID, List<ActivityRow>> activities =
                children.grouped("activity", ActivityRow.class, ActivityRow::programId);
        String byActivity = "activity_id, position";
        Map<UUID, List<ActivityFormRow>> forms =
                children.grouped("activity_form", byActivity, ActivityFormRow.class, ActivityFormRow::activityId);
        Map<UUID, List<ResponsibleRow>> responsible =
                children.grouped("activity_responsible", byActivity, ResponsibleRow.class, ResponsibleRow::activityId);
        Map<UUID, List<TutorFunctionRow>> tutorFunctions = children.grouped(
                "activity_tutor_function", byActivity, TutorFunctionRow.class, TutorFunctionRow::activityId);
        Map<UUID, List<ScheduleRow>> schedules =
                children.grouped("activity_schedule", "activity_id, part", ScheduleRow.class, ScheduleRow::activityId);
        Map<UUID, List<ResultRow>> results = children.grouped("expected_result", ResultRow.class, ResultRow::programId);
        Map<UUID, List<EvidenceRow>> evidence =
                children.grouped("result_evidence", "result_id, position", EvidenceRow.class, EvidenceRow::resultId);
        Map<UUID, List<IndicatorRow>> indicators =
                children.grouped("indicator", IndicatorRow.class, IndicatorRow::programId);
        Map<UUID, List<MeasurementRow>> measurements = children.grouped(
                "measurement", "indicator_id, position", MeasurementRow.class, MeasurementRow::indicatorId);

        ProgramRows m = ProgramRows.MAPPER;
        List<Program> result = new ArrayList<>(roots.size());
        for (ProgramRow row : roots) {
            UUID id = row.id();
            List<Official> agreedBy = Rows.of(agreed, id).stream()
                    .map(a -> new Official(a.officialTitle(), a.name()))
                    .toList();
            List<Activity.Snapshot> activitySnapshots = Rows.of(activities, id).stream()
                    .map(a -> new Activity.Snapshot(
                            new ActivityId(a.id()),
                            new Activity.Details(
                                    a.number(),
                                    a.title(),
                                    a.description(),
                                    m.directionId(a.directionId()),
                                    m.stageId(a.stageId()),
                                    Rows.of(forms, a.id()).stream()
                                            .map(f -> Form.valueOf(f.form()))
                                            .toList(),
                                    ScheduleRows.fromRows(Rows.of(schedules, a.id())),
                                    Rows.of(responsible, a.id()).stream()
                                            .map(r -> new Responsible(
                                                    r.name(),
                                                    r.organizationId() == null
                                                            ? null
                                                            : new OrganizationId(r.organizationId()),
                                                    r.educatorId() == null ? null : new EducatorId(r.educatorId())))
                                            .toList(),
                                    Rows.of(tutorFunctions, a.id()).stream()
                                            .map(f -> TutorFunction.valueOf(f.functionCode()))
                                            .toList(),
                                    a.formText(),
                                    a.audience(),
                                    a.output(),
                                    a.parentId() == null ? null : new ActivityId(a.parentId()))))
                    .toList();
            List<ExpectedResult.Snapshot> resultSnapshots = Rows.of(results, id).stream()
                    .map(r -> new ExpectedResult.Snapshot(
                            new ExpectedResultId(r.id()),
                            r.text(),
                            r.details(),
                            ResultKind.valueOf(r.kind()),
                            m.stageId(r.stageId()),
                            r.outcome() == null
                                    ? null
                                    : new Assessment(
                                            Outcome.valueOf(r.outcome()),
                                            r.assessedOn(),
                                            r.comment(),
                                            Rows.of(evidence, r.id()).stream()
                                                    .map(e -> new Evidence(
                                                            EvidenceKind.valueOf(e.kind()),
                                                            e.description(),
                                                            e.reference()))
                                                    .toList())))
                    .toList();
            result.add(Program.restore(new Program.Snapshot(
                    new ProgramId(id),
                    row.version(),
                    new CommunityId(row.communityId()),
                    ProgramKind.valueOf(row.kind()),
                    row.title(),
                    row.summary(),
                    row.goal(),
                    Rows.of(tasks, id).stream().map(m::toTask).toList(),
                    m.period(row),
                    ProgramStatus.valueOf(row.status()),
                    m.approval(row, agreedBy),
                    Rows.of(stages, id).stream().map(m::toStage).toList(),
                    Rows.of(directions, id).stream().map(m::toDirection).toList(),
                    activitySnapshots,
                    resultSnapshots,
                    Rows.of(indicators, id).stream()
                            .map(i -> m.toIndicator(
                                    i,
                                    Rows.of(measurements, i.id()).stream()
                                            .map(m::toMeasurement)
                                            .toList()))
                            .toList())));
        }
        return result;
    }

    @Override
    public long save(Program program) {
        Program.Snapshot s = program.snapshot();
        ProgramRows m = ProgramRows.MAPPER;
        ProgramRow row = m.toRow(s);
        UUID id = row.id();
        return save(PROGRAM, id, program.version(), row, h -> {
            Sql.insertAll(
                    h,
                    "insert into program_task (program_id, number, text) values (:programId, :number, :text)",
                    s.tasks().stream()
                            .map(t -> new TaskRow(id, t.number(), t.text()))
                            .toList());
            Sql.insertAll(
                    h,
                    "insert into program_agreed_by (program_id, position, official_title, name)"
                            + " values (:programId, :position, :officialTitle, :name)",
                    s.approval() == null
                            ? List.of()
                            : Rows.numbered(
                                    s.approval().agreedBy(), (o, i) -> new AgreedByRow(id, i, o.position(), o.name())));
            Sql.insertAll(
                    h,
                    "insert into stage (id, program_id, position, name, kind, period_start, period_end, description,"
                            + " status, started_on, closed_on) values (:id, :programId, :position, :name, :kind, :periodStart,"
                            + " :periodEnd, :description, :status, :startedOn, :closedOn)",
                    Rows.numbered(s.stages(), (st, i) -> m.toRow(st, id, i)));
            Sql.insertAll(
                    h,
                    "insert into direction (id, program_id, position, code, title)"
                            + " values (:id, :programId, :position, :code, :title)",
                    Rows.numbered(s.directions(), (d, i) -> m.toRow(d, id, i)));
            insertActivities(h, id, s.activities());
            Sql.insertAll(
                    h,
                    "insert into expected_result (id, program_id, position, text, details, kind, stage_id, outcome,"
                            + " assessed_on, comment) values (:id, :programId, :position, :text, :details, :kind, :stageId,"
                            + " :outcome, :assessedOn, :comment)",
                    Rows.numbered(s.results(), (r, i) -> m.toRow(r, id, i)));
            List<EvidenceRow> evidence = new ArrayList<>();
            for (ExpectedResult.Snapshot r : s.results()) {
                if (r.assessment() != null) {
                    evidence.addAll(Rows.numbered(
                            r.assessment().evidence(),
                            (e, i) -> new EvidenceRow(
                                    r.id().value(), id, i, e.kind().name(), e.description(), e.reference())));
                }
            }
            Sql.insertAll(
                    h,
                    "insert into result_evidence (result_id, program_id, position, kind, description, reference)"
                            + " values (:resultId, :programId, :position, :kind, :description, :reference)",
                    evidence);
            Sql.insertAll(
                    h,
                    "insert into indicator (id, program_id, position, name, unit, baseline, target, direction)"
                            + " values (:id, :programId, :position, :name, :unit, :baseline, :target, :direction)",
                    Rows.numbered(s.indicators(), (x, i) -> m.toRow(x, id, i)));
            List<MeasurementRow> measurements = new ArrayList<>();
            for (var indicator : s.indicators()) {
                measurements.addAll(Rows.numbered(
                        indicator.measurements(),
                        (x, i) -> m.toRow(x, indicator.id().value(), id, i)));
            }
            Sql.insertAll(
                    h,
                    "insert into measurement (indicator_id, program_id, position, measured_on, measured, note)"
                            + " values (:indicatorId, :programId, :position, :measuredOn, :measured, :note)",
                    measurements);
        });
    }

    private static void insertActivities(Handle h, UUID programId, List<Activity.Snapshot> activities) {
        List<ActivityRow> rows = new ArrayList<>();
        List<ActivityFormRow> forms = new ArrayList<>();
        List<ResponsibleRow> responsible = new ArrayList<>();
        List<TutorFunctionRow> functions = new ArrayList<>();
        List<ScheduleRow> schedules = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity.Snapshot a = activities.get(i);
            Activity.Details d = a.details();
            UUID id = a.id().value();
            rows.add(new ActivityRow(
                    id,
                    programId,
                    i,
                    d.number(),
                    d.title(),
                    d.description(),
                    d.directionId() == null ? null : d.directionId().value(),
                    d.stageId() == null ? null : d.stageId().value(),
                    d.formText(),
                    d.audience(),
                    d.output(),
                    d.parentId() == null ? null : d.parentId().value()));
            forms.addAll(Rows.numbered(d.forms(), (f, p) -> new ActivityFormRow(id, programId, p, f.name())));
            responsible.addAll(Rows.numbered(
                    d.responsible(),
                    (r, p) -> new ResponsibleRow(
                            id,
                            programId,
                            p,
                            r.name(),
                            r.organizationId() == null
                                    ? null
                                    : r.organizationId().value(),
                            r.educatorId() == null ? null : r.educatorId().value())));
            functions.addAll(
                    Rows.numbered(d.tutorFunctions(), (f, p) -> new TutorFunctionRow(id, programId, p, f.name())));
            schedules.addAll(ScheduleRows.toRows(d.schedule(), id, programId));
        }
        Sql.insertAll(
                h,
                "insert into activity (id, program_id, position, number, title, description, direction_id, stage_id,"
                        + " form_text, audience, output, parent_id)"
                        + " values (:id, :programId, :position, :number, :title, :description, :directionId, :stageId,"
                        + " :formText, :audience, :output, :parentId)",
                rows);
        Sql.insertAll(
                h,
                "insert into activity_form (activity_id, program_id, position, form)"
                        + " values (:activityId, :programId, :position, :form)",
                forms);
        Sql.insertAll(
                h,
                "insert into activity_responsible (activity_id, program_id, position, name, organization_id, educator_id)"
                        + " values (:activityId, :programId, :position, :name, :organizationId, :educatorId)",
                responsible);
        Sql.insertAll(
                h,
                "insert into activity_tutor_function (activity_id, program_id, position, function_code)"
                        + " values (:activityId, :programId, :position, :functionCode)",
                functions);
        Sql.insertAll(
                h,
                "insert into activity_schedule (activity_id, program_id, part, parent_part, kind, text, on_date, is_deadline,"
                        + " month_start, range_start, range_end, times, per_unit, nth, day_of_week, requester, plan_name)"
                        + " values (:activityId, :programId, :part, :parentPart, :kind, :text, :onDate, :isDeadline, :monthStart,"
                        + " :rangeStart, :rangeEnd, :times, :perUnit, :nth, :dayOfWeek, :requester, :planName)",
                schedules);
    }
}
