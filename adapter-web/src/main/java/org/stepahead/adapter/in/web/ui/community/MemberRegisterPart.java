package org.stepahead.adapter.in.web.ui.community;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stepahead.adapter.in.web.ui.Labels;
import org.stepahead.adapter.in.web.ui.Option;
import org.stepahead.adapter.in.web.ui.community.CommunityViews.MemberLine;
import org.stepahead.adapter.in.web.ui.community.CommunityViews.RegisterView;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/** The member register of a community page: one page of it for the query, with the filter choices. */
@Component
public class MemberRegisterPart {

    static final int PAGE_SIZE = 20;

    private final GetMemberRegisterUseCase memberRegister;
    private final ListOrganizationsUseCase listOrganizations;
    private final Labels labels;

    public MemberRegisterPart(
            GetMemberRegisterUseCase memberRegister, ListOrganizationsUseCase listOrganizations, Labels labels) {
        this.memberRegister = memberRegister;
        this.listOrganizations = listOrganizations;
        this.labels = labels;
    }

    /** The register's filter as the page's query carries it: a search by name, a role, a school, a page from 0. */
    record RegisterFilter(String q, Role role, UUID school, Integer page) {}

    void fill(Model model, CommunityId community, RegisterFilter filter) {
        String q = filter.q();
        Role role = filter.role();
        UUID school = filter.school();
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 100) {
            search = search.substring(0, 100);
        }
        Page<MemberRegisterItem> found = memberRegister.register(new MemberRegisterQuery(
                community,
                role,
                school == null ? null : new OrganizationId(school),
                search,
                false,
                filter.page() == null ? 0 : Math.max(filter.page(), 0),
                PAGE_SIZE));
        model.addAttribute("communityId", community.value());
        model.addAttribute(
                "register",
                new RegisterView(
                        found.items().stream().map(this::row).toList(),
                        found.page(),
                        found.totalPages(),
                        found.total(),
                        search == null ? "" : search,
                        role == null ? "" : role.name(),
                        school == null ? "" : school.toString()));
        model.addAttribute("roles", labels.options(Role.values()));
        model.addAttribute("schools", organizations());
    }

    /** Every registered organization, by name. */
    List<Option> organizations() {
        return listOrganizations.list().stream()
                .map(o -> new Option(o.id().value().toString(), o.name()))
                .toList();
    }

    private MemberLine row(MemberRegisterItem item) {
        return new MemberLine(
                item.fullName(),
                item.organizationName() == null ? "" : item.organizationName(),
                item.roles().stream().map(labels::of).collect(Collectors.joining(", ")),
                labels.of(item.experience()),
                Labels.day(item.joinedOn()),
                Labels.day(item.leftOn()));
    }
}
