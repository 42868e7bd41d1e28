package org.stepahead.adapter.in.web.ui.community;

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
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ReviseCommunityCommand;
import org.stepahead.application.port.in.community.ReviseCommunityUseCase;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Pages: revising a community's name, time zone, founding document and profile. The form carries the version it was
 * read at, so that a change made meanwhile by someone else is refused rather than overwritten.
 */
@Controller
public record CommunityRevisionPages(
        GetCommunityUseCase getCommunity,
        ReviseCommunityUseCase reviseCommunity,
        MemberRegisterPart register,
        Labels labels) {

    private static final Map<String, String> ALIASES = Map.of(
            "foundingDocument", "documentTitle",
            "foundingDocument.title", "documentTitle",
            "foundingDocument.number", "documentNumber",
            "foundingDocument.date", "documentDate",
            "profile.description", "description",
            "profile.goal", "goal");

    private static final Map<String, String> RULES = Map.of(
            "community.functionTwice", "functionsText",
            "community.tutorFunctionTwice", "tutorFunctionsText",
            "community.principleTwice", "principlesText",
            "community.formTwice", "forms");

    @GetMapping("/communities/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        CommunityView community = getCommunity.get(new CommunityId(id));
        return form(community, model.addAttribute("form", text().form(community)));
    }

    @PostMapping("/communities/{id}")
    String revise(
            @PathVariable UUID id,
            @ModelAttribute("form") CommunityRevisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CommunityView community = getCommunity.get(new CommunityId(id));
        ProfileInput profile = text().profile(form, community.partners(), errors);
        return FormErrors.submit(form, errors, () -> form(community, model), ALIASES, RULES, () -> {
            reviseCommunity.revise(new ReviseCommunityCommand(
                    community.id(),
                    form.name().strip(),
                    CommunityProfileText.document(form),
                    blankToNull(form.timeZone()),
                    profile,
                    form.version()));
            redirect.addFlashAttribute("notice", labels.text("ui.community.revised"));
            return "redirect:/communities/" + id;
        });
    }

    private CommunityProfileText text() {
        return new CommunityProfileText(labels, register.organizations());
    }

    private String form(CommunityView community, Model model) {
        CommunityProfileText text = text();
        model.addAttribute("communityId", community.id().value());
        model.addAttribute("communityName", community.name());
        model.addAttribute("formOptions", labels.options(Form.values()));
        model.addAttribute("functionNames", text.allowed(CommunityFunction.values()));
        model.addAttribute("tutorFunctionNames", text.allowed(TutorFunction.values()));
        model.addAttribute("roleNames", text.allowed(PartnerRole.values()));
        return "communities/edit";
    }
}
