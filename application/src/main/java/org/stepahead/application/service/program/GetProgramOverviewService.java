package org.stepahead.application.service.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.VersionStamp;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.program.Direction;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResult;
import org.stepahead.domain.program.Indicator;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.Progress;
import org.stepahead.domain.program.Stage;
import org.stepahead.domain.program.StageId;

/** Service: reads a program's overview, or just the versions it is built from. */
public record GetProgramOverviewService(
        UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities)
        implements GetProgramOverviewUseCase {

    @Override
    public Optional<VersionStamp> stamp(ProgramId id) {
        return runner.query(id, q -> programs.stampOf(id).map(v -> new VersionStamp(v.program(), v.community())));
    }

    @Override
    public ProgramOverview overview(ProgramId id) {
        return runner.query(id, q -> {
            Program program = UseCaseRunner.load(programs, "program", id);
            Community community = communities.findById(program.communityId()).orElse(null);
            return overview(program, community == null ? null : community.name());
        });
    }

    static ProgramOverview overview(Program p, String communityName) {
        Map<DirectionId, String> directionTitles =
                p.directions().stream().collect(Collectors.toMap(Direction::getId, Direction::title));
        Function<Activity, ProgramOverview.ActivityView> activity = a -> activity(a, directionTitles);
        List<Stage> stages = p.stages();
        List<ProgramOverview.StageView> stageViews = IntStream.range(0, stages.size())
                .mapToObj(i -> {
                    Stage s = stages.get(i);
                    return new ProgramOverview.StageView(
                            s.getId(),
                            i + 1,
                            s.name(),
                            s.kind(),
                            s.period().start(),
                            s.period().end(),
                            s.description(),
                            s.status(),
                            s.startedOn(),
                            s.closedOn(),
                            activitiesOf(p, s.getId()).stream().map(activity).toList(),
                            resultsOf(p, s.getId()).stream()
                                    .map(GetProgramOverviewService::result)
                                    .toList());
                })
                .toList();
        return new ProgramOverview(
                p.getId(),
                p.version(),
                p.communityId(),
                communityName,
                p.kind(),
                p.title(),
                p.summary(),
                p.goal(),
                p.tasks().stream()
                        .map(t -> new ProgramOverview.TaskView(t.number(), t.text()))
                        .toList(),
                p.period().start(),
                p.period().end(),
                p.status(),
                approval(p.approval()),
                stageViews,
                activitiesOf(p, null).stream().map(activity).toList(),
                resultsOf(p, null).stream()
                        .map(GetProgramOverviewService::result)
                        .toList(),
                p.directions().stream()
                        .map(d -> new ProgramOverview.DirectionView(d.getId(), d.code(), d.title()))
                        .toList(),
                p.indicators().stream()
                        .map(GetProgramOverviewService::indicator)
                        .toList());
    }

    private static List<Activity> activitiesOf(Program p, StageId stage) {
        return p.activities().stream()
                .filter(a -> java.util.Objects.equals(a.stageId(), stage))
                .toList();
    }

    private static List<ExpectedResult> resultsOf(Program p, StageId stage) {
        return p.results().stream()
                .filter(r -> java.util.Objects.equals(r.stageId(), stage))
                .toList();
    }

    private static ProgramOverview.ApprovalView approval(Approval a) {
        if (a == null) {
            return null;
        }
        return new ProgramOverview.ApprovalView(
                a.approvedBy().position(),
                a.approvedBy().name(),
                a.approvedOn(),
                a.order() == null ? null : a.order().title(),
                a.order() == null ? null : a.order().number(),
                a.order() == null ? null : a.order().date(),
                a.agreedBy().stream()
                        .map(o -> new ProgramOverview.OfficialView(o.position(), o.name()))
                        .toList());
    }

    private static ProgramOverview.ActivityView activity(Activity a, Map<DirectionId, String> directionTitles) {
        Activity.Details d = a.details();
        return new ProgramOverview.ActivityView(
                a.getId(),
                d.number(),
                d.title(),
                d.description(),
                d.directionId(),
                d.directionId() == null ? null : directionTitles.get(d.directionId()),
                d.stageId(),
                d.forms(),
                d.schedule(),
                d.responsible().stream()
                        .map(r -> new ProgramOverview.ResponsibleView(r.name(), r.organizationId(), r.educatorId()))
                        .toList(),
                d.tutorFunctions(),
                d.formText(),
                d.audience(),
                d.output(),
                d.parentId());
    }

    private static ProgramOverview.ResultView result(ExpectedResult r) {
        var a = r.assessment();
        return new ProgramOverview.ResultView(
                r.getId(),
                r.text(),
                r.details(),
                r.kind(),
                r.stageId(),
                a == null ? null : a.outcome(),
                a == null ? null : a.assessedOn(),
                a == null ? null : a.comment(),
                a == null
                        ? List.of()
                        : a.evidence().stream()
                                .map(e -> new ProgramOverview.EvidenceView(e.kind(), e.description(), e.reference()))
                                .toList());
    }

    private static ProgramOverview.IndicatorView indicator(Indicator i) {
        Progress progress = i.progress().orElse(null);
        return new ProgramOverview.IndicatorView(
                i.getId(),
                i.name(),
                i.unit(),
                i.baseline(),
                i.target(),
                i.direction(),
                i.measurements().stream()
                        .map(m -> new ProgramOverview.MeasurementView(m.measuredOn(), m.value(), m.note()))
                        .toList(),
                i.measurements().isEmpty()
                        ? null
                        : i.measurements().get(i.measurements().size() - 1).value(),
                progress == null ? null : progress.share(),
                progress != null && progress.achieved());
    }
}
