package org.stepahead.adapter.in.web.ui.program;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;
import static org.stepahead.adapter.in.web.ui.FormText.lines;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stepahead.adapter.in.web.ui.FormErrors;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;

/** Pages: a program (goal, tasks, stage timeline, activities, results, indicators) and drafting one. */
@Controller
public record ProgramPages(
        GetProgramOverviewUseCase programOverview,
        DraftProgramUseCase draftProgram,
        GetCommunityUseCase getCommunity,
        ProgramPageMapper mapper,
        Labels labels) {

    /** Domain rules about dates, shown beside the date they concern. */
    static final Map<String, String> PERIOD_RULES = Map.of("period.endBeforeStart", "periodEnd");

    @GetMapping("/programs/{id}")
    String program(@PathVariable UUID id, Model model) {
        model.addAttribute("program", mapper.page(programOverview.overview(new ProgramId(id))));
        model.addAttribute("outcomes", labels.options(Outcome.values()));
        model.addAttribute("evidenceKinds", labels.options(EvidenceKind.values()));
        return "programs/show";
    }

    @GetMapping("/communities/{communityId}/programs/new")
    String newProgram(@PathVariable UUID communityId, Model model) {
        return form(communityId, model.addAttribute("form", ProgramForm.blank()));
    }

    @PostMapping("/communities/{communityId}/programs")
    String draft(
            @PathVariable UUID communityId,
            @ModelAttribute("form") ProgramForm form,
            BindingResult errors,
            Model model) {
        Map<String, String> aliases = Map.of("tasks", "tasksText");
        return FormErrors.submit(form, errors, () -> form(communityId, model), aliases, PERIOD_RULES, () -> {
            ProgramId id = draftProgram.draft(new DraftProgramCommand(
                    new CommunityId(communityId),
                    form.kind(),
                    form.title(),
                    blankToNull(form.summary()),
                    blankToNull(form.goal()),
                    lines(form.tasksText()),
                    form.periodStart(),
                    form.periodEnd()));
            return "redirect:/programs/" + id.value();
        });
    }

    private String form(UUID communityId, Model model) {
        model.addAttribute("communityId", communityId);
        model.addAttribute(
                "communityName", getCommunity.get(new CommunityId(communityId)).name());
        model.addAttribute("kinds", labels.options(ProgramKind.values()));
        return "programs/new";
    }
}
