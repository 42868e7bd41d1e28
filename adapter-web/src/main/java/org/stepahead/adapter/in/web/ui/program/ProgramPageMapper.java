package org.stepahead.adapter.in.web.ui.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.ActivityLine;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.EvidenceLine;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.IndicatorLine;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.MeasurementLine;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.ProgramPage;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.ResultLine;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.StageLine;
import org.stepahead.adapter.in.web.ui.program.ProgramViews.TaskLine;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.ApprovalView;
import org.stepahead.application.port.in.program.ProgramOverview.IndicatorView;
import org.stepahead.application.port.in.program.ProgramOverview.ResultView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.domain.program.ProgramStatus;

/**
 * Mapping: a program overview to the program page's view model, with every enum and schedule put into words of the
 * reader's language (by hand rather than MapStruct: nearly every field goes through {@link Labels}).
 */
@Component
public class ProgramPageMapper {

    private final Labels labels;

    public ProgramPageMapper(Labels labels) {
        this.labels = labels;
    }

    public ProgramPage page(ProgramOverview program) {
        return new ProgramPage(
                program.id().value(),
                program.communityId().value(),
                program.communityName(),
                program.title(),
                labels.of(program.kind()),
                labels.of(program.status()),
                period(program.periodStart(), program.periodEnd()),
                program.goal(),
                program.summary(),
                approval(program.approval()),
                program.tasks().stream()
                        .map(t -> new TaskLine(t.number(), t.text()))
                        .toList(),
                program.stages().stream().map(this::stage).toList(),
                program.activitiesWithoutStage().stream().map(this::activity).toList(),
                program.resultsWithoutStage().stream().map(this::result).toList(),
                program.indicators().stream().map(this::indicator).toList(),
                program.directions().stream()
                        .map(d -> d.code() == null || d.code().isBlank() ? d.title() : d.code() + ". " + d.title())
                        .toList(),
                program.status() == ProgramStatus.DRAFT);
    }

    static String period(LocalDate start, LocalDate end) {
        return Labels.day(start) + " — " + Labels.day(end);
    }

    private String approval(ApprovalView approval) {
        if (approval == null) {
            return null;
        }
        return labels.text(
                        "ui.program.approvedBy",
                        nonNull(approval.approvedByPosition()) + " " + nonNull(approval.approvedByName()),
                        Labels.day(approval.approvedOn()))
                .strip();
    }

    private StageLine stage(StageView stage) {
        return new StageLine(
                stage.id().value(),
                stage.number(),
                stage.name(),
                labels.of(stage.kind()),
                period(stage.periodStart(), stage.periodEnd()),
                labels.of(stage.status()),
                stage.status().name(),
                Labels.day(stage.startedOn()),
                Labels.day(stage.closedOn()),
                stage.description(),
                stage.activities().stream().map(this::activity).toList(),
                stage.results().stream().map(this::result).toList());
    }

    private ActivityLine activity(ActivityView activity) {
        return new ActivityLine(
                activity.id().value(),
                nonNull(activity.number()),
                activity.title(),
                activity.description(),
                activity.directionTitle(),
                activity.forms().stream().map(labels::of).collect(Collectors.joining(", ")),
                labels.schedule(activity.schedule()),
                activity.responsible().stream()
                        .map(ProgramOverview.ResponsibleView::name)
                        .collect(Collectors.joining("; ")));
    }

    private ResultLine result(ResultView result) {
        return new ResultLine(
                result.id().value(),
                result.text(),
                result.details(),
                labels.of(result.kind()),
                result.outcome() != null,
                labels.of(result.outcome()),
                result.outcome() == null ? "" : result.outcome().name(),
                Labels.day(result.assessedOn()),
                result.comment(),
                result.evidence().stream()
                        .map(e -> new EvidenceLine(labels.of(e.kind()), e.description(), e.reference()))
                        .toList());
    }

    private IndicatorLine indicator(IndicatorView indicator) {
        Integer percent = indicator.progress() == null
                ? null
                : indicator
                        .progress()
                        .multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP)
                        .max(BigDecimal.ZERO)
                        .min(BigDecimal.valueOf(100))
                        .intValue();
        return new IndicatorLine(
                indicator.id().value(),
                indicator.name(),
                nonNull(indicator.unit()),
                plain(indicator.baseline()),
                plain(indicator.target()),
                plain(indicator.latest()),
                percent,
                indicator.achieved(),
                labels.of(indicator.direction()),
                indicator.measurements().stream()
                        .map(m -> new MeasurementLine(Labels.day(m.measuredOn()), plain(m.value()), m.note()))
                        .toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
