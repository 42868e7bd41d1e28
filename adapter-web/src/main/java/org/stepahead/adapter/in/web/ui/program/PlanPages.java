package org.stepahead.adapter.in.web.ui.program;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;
import static org.stepahead.adapter.in.web.ui.FormText.lines;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepahead.adapter.in.web.ui.Actions;
import org.stepahead.adapter.in.web.ui.FormErrors;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.Option;
import org.stepahead.application.port.in.program.AddExpectedResultCommand;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramCommand.OfficialInput;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultCommand.EvidenceInput;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanStageCommand;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ResponsibleInput;
import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.in.program.StartStageUseCase;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.ScheduleParser;

/**
 * Pages and actions that plan and run a program: add a stage, an activity (its schedule written in words and read
 * by the domain's {@link ScheduleParser}, as the CLI's {@code --schedule-text} does) or an expected result; approve
 * the program; start or close a stage; assess a result. An action's refusal comes back as a message on the program page.
 */
@Controller
public record PlanPages(
        GetProgramOverviewUseCase programOverview,
        PlanStageUseCase planStage,
        PlanActivityUseCase planActivity,
        AddExpectedResultUseCase addExpectedResult,
        CloseStageUseCase closeStage,
        StartStageUseCase startStage,
        ApproveProgramUseCase approveProgram,
        AssessResultUseCase assessResult,
        Labels labels) {

    private static final Map<String, String> STAGE_RULES = Map.of(
            "period.endBeforeStart", "periodEnd",
            "stage.outsideProgram", "periodStart",
            "stage.overlaps", "periodStart");

    /** A plan form's page: its template and the choices its select offers. */
    private record PlanForm(String view, String choices, Enum<?>[] values) {}

    private static final PlanForm STAGE = new PlanForm("programs/stage-new", "kinds", StageKind.values());
    private static final PlanForm ACTIVITY = new PlanForm("programs/activity-new", "forms", Form.values());
    private static final PlanForm RESULT = new PlanForm("programs/result-new", "kinds", ResultKind.values());

    // ------------------------------------------------------------------ stage

    @GetMapping("/programs/{id}/stages/new")
    String newStage(@PathVariable UUID id, Model model) {
        return planForm(id, model.addAttribute("form", StageForm.blank()), STAGE);
    }

    @PostMapping("/programs/{id}/stages")
    String addStage(@PathVariable UUID id, @ModelAttribute("form") StageForm form, BindingResult errors, Model model) {
        return FormErrors.submit(form, errors, () -> planForm(id, model, STAGE), Map.of(), STAGE_RULES, () -> {
            planStage.addStage(new PlanStageCommand(
                    new ProgramId(id),
                    form.name(),
                    form.kind(),
                    form.periodStart(),
                    form.periodEnd(),
                    blankToNull(form.description()),
                    null));
            return "redirect:/programs/" + id;
        });
    }

    // ------------------------------------------------------------------ activity

    @GetMapping("/programs/{id}/activities/new")
    String newActivity(@PathVariable UUID id, Model model) {
        return planForm(id, model.addAttribute("form", ActivityForm.blank()), ACTIVITY);
    }

    @PostMapping("/programs/{id}/activities")
    String addActivity(
            @PathVariable UUID id, @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model) {
        Map<String, String> aliases =
                Map.of("responsible", "responsibleText", "schedule", "scheduleText", "stageId", "stageId");
        Map<String, String> rules =
                Map.of("schedule.tooLong", "scheduleText", "activity.scheduleOutsidePeriod", "scheduleText");
        return FormErrors.submit(form, errors, () -> planForm(id, model, ACTIVITY), aliases, rules, () -> {
            ProgramOverview program = programOverview.overview(new ProgramId(id));
            StageId stage = form.stageId() == null ? null : new StageId(form.stageId());
            Schedule schedule = ScheduleParser.parse(form.scheduleText(), program.periodOf(stage));
            planActivity.planActivity(new PlanActivityCommand(
                    new ProgramId(id),
                    blankToNull(form.number()),
                    form.title(),
                    blankToNull(form.description()),
                    null,
                    stage,
                    List.copyOf(form.forms()),
                    schedule,
                    lines(form.responsibleText()).stream()
                            .map(ResponsibleInput::named)
                            .toList(),
                    List.of(),
                    null));
            return "redirect:/programs/" + id;
        });
    }

    // ------------------------------------------------------------------ expected result

    @GetMapping("/programs/{id}/results/new")
    String newResult(@PathVariable UUID id, Model model) {
        return planForm(id, model.addAttribute("form", ResultForm.blank()), RESULT);
    }

    @PostMapping("/programs/{id}/results")
    String addResult(
            @PathVariable UUID id, @ModelAttribute("form") ResultForm form, BindingResult errors, Model model) {
        return FormErrors.submit(form, errors, () -> planForm(id, model, RESULT), Map.of(), Map.of(), () -> {
            addExpectedResult.addExpectedResult(new AddExpectedResultCommand(
                    new ProgramId(id),
                    form.text(),
                    blankToNull(form.details()),
                    form.kind(),
                    form.stageId() == null ? null : new StageId(form.stageId()),
                    null));
            return "redirect:/programs/" + id;
        });
    }

    // ------------------------------------------------------------------ actions

    @PostMapping("/programs/{id}/approve")
    String approve(
            @PathVariable UUID id,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "ui.program.approved",
                () -> approveProgram.approve(new ApproveProgramCommand(
                        new ProgramId(id),
                        new OfficialInput(blankToNull(position), blankToNull(name)),
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null)));
    }

    @PostMapping("/programs/{id}/stages/{stageId}/start")
    String startStage(@PathVariable UUID id, @PathVariable UUID stageId, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "ui.stage.started",
                () -> startStage.startStage(
                        new StartStageCommand(new ProgramId(id), new StageId(stageId), null, null)));
    }

    @PostMapping("/programs/{id}/stages/{stageId}/close")
    String closeStage(@PathVariable UUID id, @PathVariable UUID stageId, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "ui.stage.closed",
                () -> closeStage.closeStage(
                        new CloseStageCommand(new ProgramId(id), new StageId(stageId), null, null)));
    }

    @PostMapping("/programs/{id}/results/{resultId}/assess")
    String assess(
            @PathVariable UUID id,
            @PathVariable UUID resultId,
            @ModelAttribute AssessmentForm form,
            RedirectAttributes redirect) {
        List<EvidenceInput> evidence =
                form.evidenceDescription() == null || form.evidenceDescription().isBlank()
                        ? List.of()
                        : List.of(new EvidenceInput(
                                form.evidenceKind(),
                                form.evidenceDescription().strip(),
                                blankToNull(form.evidenceReference())));
        return act(
                id,
                redirect,
                "ui.result.assessed",
                () -> assessResult.assess(new AssessResultCommand(
                        new ProgramId(id),
                        new ExpectedResultId(resultId),
                        form.outcome(),
                        null,
                        blankToNull(form.comment()),
                        evidence,
                        null)));
    }

    /** Runs an action and returns to the program page with a notice, or with the reason it was refused. */
    private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        Actions.run(redirect, labels, () -> {
            action.run();
            return labels.text(done);
        });
        return "redirect:/programs/" + id;
    }

    private String planForm(UUID id, Model model, PlanForm form) {
        head(id, model);
        model.addAttribute(form.choices(), labels.options(form.values()));
        return form.view();
    }

    private void head(UUID id, Model model) {
        ProgramOverview program = programOverview.overview(new ProgramId(id));
        model.addAttribute("programId", id);
        model.addAttribute("programTitle", program.title());
        model.addAttribute("programPeriod", ProgramPageMapper.period(program.periodStart(), program.periodEnd()));
        model.addAttribute(
                "stages",
                program.stages().stream()
                        .map(s -> new Option(s.id().value().toString(), s.number() + ". " + s.name()))
                        .toList());
    }
}
