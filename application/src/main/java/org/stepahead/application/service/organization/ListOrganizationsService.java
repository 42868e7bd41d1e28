package org.stepahead.application.service.organization;

import java.util.Comparator;
import java.util.List;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.RussianOrder;
import org.stepahead.application.service.UseCaseRunner;

/** Service: lists organizations by name in Russian alphabetical order. */
public record ListOrganizationsService(UseCaseRunner runner, OrganizationRepository organizations)
        implements ListOrganizationsUseCase {

    @Override
    public List<OrganizationView> list() {
        return runner.query("all", q -> sortedByName());
    }

    @Override
    public Page<OrganizationView> list(PageQuery query) {
        return runner.query(query, q -> Page.of(sortedByName(), q));
    }

    private List<OrganizationView> sortedByName() {
        return organizations.findAll().stream()
                .map(GetOrganizationService::view)
                .sorted(Comparator.comparing(OrganizationView::name, RussianOrder.comparator()))
                .toList();
    }
}
