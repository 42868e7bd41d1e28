package org.stepahead.adapter.out.persistence.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.program.Direction;
import org.stepahead.domain.program.ExpectedResult;
import org.stepahead.domain.program.Indicator;
import org.stepahead.domain.program.Measurement;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.Stage;
import org.stepahead.domain.program.Task;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;

/** Persistence adapter: rows of a program and its parts, and their mapping to and from the program's snapshot. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ProgramRows extends Ids {

    ProgramRows MAPPER = new ProgramRowsImpl();

    /** A row of {@code program}. */
    record ProgramRow(
            UUID id,
            long version,
            UUID communityId,
            String kind,
            String title,
            String summary,
            String goal,
            LocalDate periodStart,
            LocalDate periodEnd,
            String status,
            String approvedByPosition,
            String approvedByName,
            LocalDate approvedOn,
            String orderTitle,
            String orderNumber,
            LocalDate orderDate) {}

    /** A row of {@code program_task}. */
    record TaskRow(UUID programId, int number, String text) {}

    /** A row of {@code program_agreed_by}. */
    record AgreedByRow(UUID programId, int position, String officialTitle, String name) {}

    /** A row of {@code stage}. */
    record StageRow(
            UUID id,
            UUID programId,
            int position,
            String name,
            String kind,
            LocalDate periodStart,
            LocalDate periodEnd,
            String description,
            String status,
            LocalDate startedOn,
            LocalDate closedOn) {}

    /** A row of {@code direction}. */
    record DirectionRow(UUID id, UUID programId, int position, String code, String title) {}

    /** A row of {@code activity}. */
    record ActivityRow(
            UUID id,
            UUID programId,
            int position,
            String number,
            String title,
            String description,
            UUID directionId,
            UUID stageId,
            String formText,
            String audience,
            String output,
            UUID parentId) {}

    /** A row of {@code activity_form}. */
    record ActivityFormRow(UUID activityId, UUID programId, int position, String form) {}

    /** A row of {@code activity_responsible}. */
    record ResponsibleRow(
            UUID activityId, UUID programId, int position, String name, UUID organizationId, UUID educatorId) {}

    /** A row of {@code activity_tutor_function}. */
    record TutorFunctionRow(UUID activityId, UUID programId, int position, String functionCode) {}

    /** A row of {@code expected_result}. */
    record ResultRow(
            UUID id,
            UUID programId,
            int position,
            String text,
            String details,
            String kind,
            UUID stageId,
            String outcome,
            LocalDate assessedOn,
            String comment) {}

    /** A row of {@code result_evidence}. */
    record EvidenceRow(
            UUID resultId, UUID programId, int position, String kind, String description, String reference) {}

    /** A row of {@code indicator}. */
    record IndicatorRow(
            UUID id,
            UUID programId,
            int position,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            String direction) {}

    /** A row of {@code measurement}. */
    record MeasurementRow(
            UUID indicatorId, UUID programId, int position, LocalDate measuredOn, BigDecimal measured, String note) {}

    @Mapping(target = "periodStart", source = "period.start")
    @Mapping(target = "periodEnd", source = "period.end")
    @Mapping(target = "approvedByPosition", source = "approval.approvedBy.position")
    @Mapping(target = "approvedByName", source = "approval.approvedBy.name")
    @Mapping(target = "approvedOn", source = "approval.approvedOn")
    @Mapping(target = "orderTitle", source = "approval.order.title")
    @Mapping(target = "orderNumber", source = "approval.order.number")
    @Mapping(target = "orderDate", source = "approval.order.date")
    ProgramRow toRow(Program.Snapshot snapshot);

    @Mapping(target = "id", source = "stage.id")
    @Mapping(target = "periodStart", source = "stage.period.start")
    @Mapping(target = "periodEnd", source = "stage.period.end")
    StageRow toRow(Stage.Snapshot stage, UUID programId, int position);

    @Mapping(target = "period", expression = "java(new Period(row.periodStart(), row.periodEnd()))")
    Stage.Snapshot toStage(StageRow row);

    @Mapping(target = "id", source = "direction.id")
    DirectionRow toRow(Direction.Snapshot direction, UUID programId, int position);

    Direction.Snapshot toDirection(DirectionRow row);

    @Mapping(target = "id", source = "result.id")
    @Mapping(target = "outcome", source = "result.assessment.outcome")
    @Mapping(target = "assessedOn", source = "result.assessment.assessedOn")
    @Mapping(target = "comment", source = "result.assessment.comment")
    ResultRow toRow(ExpectedResult.Snapshot result, UUID programId, int position);

    @Mapping(target = "id", source = "indicator.id")
    IndicatorRow toRow(Indicator.Snapshot indicator, UUID programId, int position);

    @Mapping(target = "measurements", source = "measurements")
    Indicator.Snapshot toIndicator(IndicatorRow row, List<Measurement> measurements);

    @Mapping(target = "measured", source = "measurement.value")
    MeasurementRow toRow(Measurement measurement, UUID indicatorId, UUID programId, int position);

    @Mapping(target = "value", source = "measured")
    Measurement toMeasurement(MeasurementRow row);

    default Task toTask(TaskRow row) {
        return new Task(row.number(), row.text());
    }

    default Approval approval(ProgramRow row, List<Official> agreedBy) {
        if (row.approvedByPosition() == null) {
            return null;
        }
        DocumentRef order =
                row.orderTitle() == null ? null : new DocumentRef(row.orderTitle(), row.orderNumber(), row.orderDate());
        return new Approval(
                new Official(row.approvedByPosition(), row.approvedByName()), row.approvedOn(), order, agreedBy);
    }

    default Period period(ProgramRow row) {
        return new Period(row.periodStart(), row.periodEnd());
    }
}
