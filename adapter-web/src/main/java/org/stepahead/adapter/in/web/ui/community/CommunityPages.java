package org.stepahead.adapter.in.web.ui.community;

import static org.stepahead.adapter.in.web.ui.FormText.blankToNull;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepahead.adapter.in.web.ui.FormErrors;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.community.CommunityViews.CommunityHead;
import org.stepahead.adapter.in.web.ui.community.CommunityViews.CommunityLine;
import org.stepahead.adapter.in.web.ui.community.CommunityViews.ProgramLine;
import org.stepahead.adapter.in.web.ui.community.MemberRegisterPart.RegisterFilter;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;

/** Pages: the communities list, a community's page, founding a community and registering an organization. */
@Controller
public record CommunityPages(
        GetCommunityUseCase getCommunity,
        ListCommunitiesUseCase listCommunities,
        FoundCommunityUseCase foundCommunity,
        RegisterOrganizationUseCase registerOrganization,
        ListProgramsUseCase listPrograms,
        MemberRegisterPart register,
        Labels labels) {

    @GetMapping("/")
    String communities(Model model) {
        model.addAttribute(
                "communities",
                listCommunities.list().stream()
                        .map(c -> new CommunityLine(
                                c.id().value(),
                                c.name(),
                                labels.of(c.kind()),
                                labels.of(c.level()),
                                c.coordinatingOrganizationName()))
                        .toList());
        return "communities/list";
    }

    @GetMapping("/communities/{id}")
    String community(
            @PathVariable UUID id,
            RegisterFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        if (htmx != null) {
            register.fill(model, new CommunityId(id), filter);
            return "communities/register :: register";
        }
        CommunityView community = getCommunity.get(new CommunityId(id));
        model.addAttribute("community", head(community));
        model.addAttribute(
                "programs",
                listPrograms.programsOf(community.id()).stream()
                        .map(p -> new ProgramLine(
                                p.id().value(),
                                p.title(),
                                labels.of(p.kind()),
                                Labels.day(p.periodStart()) + " — " + Labels.day(p.periodEnd()),
                                labels.of(p.status()),
                                p.activeStage()))
                        .toList());
        register.fill(model, community.id(), filter);
        return "communities/show";
    }

    @GetMapping("/communities/new")
    String newCommunity(Model model) {
        return communityForm(model.addAttribute("form", CommunityForm.blank()));
    }

    @PostMapping("/communities")
    String found(@ModelAttribute("form") CommunityForm form, BindingResult errors, Model model) {
        return FormErrors.submit(form, errors, () -> communityForm(model), Map.of("profile", "goal"), Map.of(), () -> {
            CommunityId id = foundCommunity.found(new FoundCommunityCommand(
                    form.name(),
                    form.kind(),
                    form.level(),
                    new OrganizationId(form.coordinatingOrganization()),
                    null,
                    blankToNull(form.timeZone()),
                    new ProfileInput(
                            blankToNull(form.description()),
                            blankToNull(form.goal()),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of())));
            return "redirect:/communities/" + id.value();
        });
    }

    @GetMapping("/organizations/new")
    String newOrganization(Model model) {
        return organizationForm(model.addAttribute("form", OrganizationForm.blank()));
    }

    @PostMapping("/organizations")
    String registerOrganization(
            @ModelAttribute("form") OrganizationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(form, errors, () -> organizationForm(model), Map.of(), Map.of(), () -> {
            registerOrganization.register(new RegisterOrganizationCommand(
                    form.name(),
                    blankToNull(form.shortName()),
                    form.kind(),
                    blankToNull(form.municipality()),
                    false,
                    false));
            redirect.addFlashAttribute("notice", labels.text("ui.organization.registered", form.name()));
            return "redirect:/communities/new";
        });
    }

    private String communityForm(Model model) {
        model.addAttribute("kinds", labels.options(CommunityKind.values()));
        model.addAttribute("levels", labels.options(CommunityLevel.values()));
        model.addAttribute("organizations", register.organizations());
        return "communities/new";
    }

    private String organizationForm(Model model) {
        model.addAttribute("kinds", labels.options(OrganizationKind.values()));
        return "communities/organization-new";
    }

    private CommunityHead head(CommunityView c) {
        return new CommunityHead(
                c.id().value(),
                c.name(),
                labels.of(c.kind()),
                labels.of(c.level()),
                c.coordinatingOrganizationName(),
                c.timeZone(),
                c.goal(),
                c.description());
    }
}
