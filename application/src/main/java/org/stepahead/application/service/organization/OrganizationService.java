package org.stepahead.application.service.organization;

import java.util.Comparator;
import java.util.List;
import org.stepahead.application.common.Page;
import org.stepahead.application.common.PageQuery;
import org.stepahead.application.common.RussianOrder;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.NotFound;

/** Service: registers and lists organizations. */
public final class OrganizationService implements RegisterOrganizationUseCase, ListOrganizationsUseCase {

    private final UseCaseRunner runner;
    private final OrganizationRepository organizations;

    public OrganizationService(UseCaseRunner runner, OrganizationRepository organizations) {
        this.runner = runner;
        this.organizations = organizations;
    }

    @Override
    public OrganizationId register(RegisterOrganizationCommand c) {
        return runner.execute(c, changes -> {
            Organization organization = Organization.register(
                    OrganizationId.random(),
                    c.name(),
                    c.shortName(),
                    c.kind(),
                    c.municipality(),
                    c.lowResults(),
                    c.hardSocialConditions());
            changes.save(organizations::save, organization);
            return organization.getId();
        });
    }

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
                .map(OrganizationService::view)
                .sorted(Comparator.comparing(OrganizationView::name, RussianOrder.comparator()))
                .toList();
    }

    @Override
    public OrganizationView get(OrganizationId id) {
        return runner.query(
                id, q -> view(organizations.findById(id).orElseThrow(() -> new NotFound("organization", id))));
    }

    static OrganizationView view(Organization o) {
        return new OrganizationView(
                o.getId(),
                o.version(),
                o.name(),
                o.shortName(),
                o.kind(),
                o.municipality(),
                o.lowResults(),
                o.hardSocialConditions());
    }
}
