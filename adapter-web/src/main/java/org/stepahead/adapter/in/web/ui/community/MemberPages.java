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
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.membership.AdmitNewMemberCommand;
import org.stepahead.application.port.in.membership.AdmitNewMemberUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Page: admit a member. The form registers the educator and admits them; it is checked as a whole first, so a
 * refusal of the admission's own fields registers nobody.
 */
@Controller
public record MemberPages(
        GetCommunityUseCase getCommunity,
        AdmitNewMemberUseCase admitNewMember,
        MemberRegisterPart register,
        Labels labels) {

    private static final Map<String, String> RULE_FIELDS = Map.of(
            "membership.consentAfterJoining", "consentGivenOn",
            "membership.noviceTutor", "roles",
            "membership.noRole", "roles");

    @GetMapping("/communities/{id}/members/new")
    String newMember(@PathVariable UUID id, Model model) {
        return form(id, model.addAttribute("form", MemberForm.blank()));
    }

    @PostMapping("/communities/{id}/members")
    String admit(
            @PathVariable UUID id,
            @ModelAttribute("form") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(form, errors, () -> form(id, model), Map.of(), RULE_FIELDS, () -> {
            admitNewMember.admitNew(new AdmitNewMemberCommand(
                    new RegisterEducatorCommand(
                            form.surname(),
                            form.givenName(),
                            blankToNull(form.patronymic()),
                            form.organizationId() == null ? null : new OrganizationId(form.organizationId()),
                            null,
                            form.experience(),
                            null),
                    new CommunityId(id),
                    form.roles(),
                    form.joinedOn(),
                    form.consentGivenOn(),
                    blankToNull(form.consentBasis()),
                    blankToNull(form.admissionBasis())));
            redirect.addFlashAttribute("notice", labels.text("ui.member.admitted", form.surname()));
            return "redirect:/communities/" + id;
        });
    }

    private String form(UUID id, Model model) {
        model.addAttribute("communityId", id);
        model.addAttribute(
                "communityName", getCommunity.get(new CommunityId(id)).name());
        model.addAttribute("roles", labels.options(Role.values()));
        model.addAttribute("experiences", labels.options(ExperienceLevel.values()));
        model.addAttribute("organizations", register.organizations());
        return "communities/member-new";
    }
}
