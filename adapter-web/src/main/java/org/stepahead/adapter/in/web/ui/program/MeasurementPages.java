package org.stepahead.adapter.in.web.ui.program;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepahead.adapter.in.web.ui.FormErrors;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.IndicatorView;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;

/** Pages of a program's monitoring and structure: record a measurement of an indicator, add a direction (section). */
@Controller
public record MeasurementPages(
        GetProgramOverviewUseCase programOverview,
        RecordMeasurementUseCase recordMeasurement,
        AddDirectionUseCase addDirection,
        Labels labels) {

    private static final Map<String, String> MEASUREMENT_RULES = Map.of("measurement.outsideProgram", "measuredOn");

    @GetMapping("/programs/{id}/indicators/{indicatorId}/measurements/new")
    String newMeasurement(@PathVariable UUID id, @PathVariable UUID indicatorId, Model model) {
        return measurementForm(id, indicatorId, model.addAttribute("form", MeasurementForm.blank()));
    }

    @PostMapping("/programs/{id}/indicators/{indicatorId}/measurements")
    String record(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @ModelAttribute("form") MeasurementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                form, errors, () -> measurementForm(id, indicatorId, model), Map.of(), MEASUREMENT_RULES, () -> {
                    recordMeasurement.record(new RecordMeasurementCommand(
                            new ProgramId(id),
                            new IndicatorId(indicatorId),
                            form.measuredOn(),
                            form.value(),
                            blankToNull(form.note()),
                            null));
                    redirect.addFlashAttribute("notice", labels.text("ui.measurement.recorded"));
                    return "redirect:/programs/" + id + "#indicators-heading";
                });
    }

    private String measurementForm(UUID id, UUID indicatorId, Model model) {
        ProgramOverview program = head(id, model);
        IndicatorView indicator = program.indicator(new IndicatorId(indicatorId));
        model.addAttribute("indicatorId", indicatorId);
        model.addAttribute("indicatorName", indicator.name());
        model.addAttribute("indicatorUnit", indicator.unit() == null ? "" : indicator.unit());
        return "programs/measurement-new";
    }

    @GetMapping("/programs/{id}/directions/new")
    String newDirection(@PathVariable UUID id, Model model) {
        return directionForm(id, model.addAttribute("form", DirectionForm.blank()));
    }

    @PostMapping("/programs/{id}/directions")
    String addDirection(
            @PathVariable UUID id,
            @ModelAttribute("form") DirectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(form, errors, () -> directionForm(id, model), Map.of(), Map.of(), () -> {
            addDirection.addDirection(
                    new AddDirectionCommand(new ProgramId(id), blankToNull(form.code()), form.title(), null));
            redirect.addFlashAttribute("notice", labels.text("ui.direction.added", form.title()));
            return "redirect:/programs/" + id;
        });
    }

    private String directionForm(UUID id, Model model) {
        head(id, model);
        return "programs/direction-new";
    }

    private ProgramOverview head(UUID id, Model model) {
        ProgramOverview program = programOverview.overview(new ProgramId(id));
        model.addAttribute("programId", id);
        model.addAttribute("programTitle", program.title());
        return program;
    }
}
