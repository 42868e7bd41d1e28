package org.stepahead.application.service.community;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.RussianOrder;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.organization.OrganizationId;

/** Service: lists communities by name in Russian alphabetical order. */
public record ListCommunitiesService(
        UseCaseRunner runner, CommunityRepository communities, OrganizationRepository organizations)
        implements ListCommunitiesUseCase {

    @Override
    public List<CommunityView> list() {
        return runner.query("all", q -> sortedByName());
    }

    @Override
    public Page<CommunityView> list(PageQuery query) {
        return runner.query(query, q -> Page.of(sortedByName(), q));
    }

    private List<CommunityView> sortedByName() {
        List<Community> all = communities.findAll();
        Map<OrganizationId, String> names = CommunityViews.names(organizations, all);
        return all.stream()
                .map(c -> CommunityViews.view(c, names))
                .sorted(Comparator.comparing(CommunityView::name, RussianOrder.comparator()))
                .toList();
    }
}
