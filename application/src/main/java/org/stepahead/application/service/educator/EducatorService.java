package org.stepahead.application.service.educator;

import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.PersonName;

/** Service: registers educators at registered organizations. */
public final class EducatorService implements RegisterEducatorUseCase {

  private final UseCaseRunner runner;
  private final EducatorRepository educators;
  private final OrganizationRepository organizations;

  public EducatorService(
      UseCaseRunner runner, EducatorRepository educators, OrganizationRepository organizations) {
    this.runner = runner;
    this.educators = educators;
    this.organizations = organizations;
  }

  @Override
  public EducatorId register(RegisterEducatorCommand c) {
    return runner.execute(
        c,
        changes -> {
          if (c.organizationId() != null && organizations.findById(c.organizationId()).isEmpty()) {
            throw new NotFound("organization", c.organizationId());
          }
          Educator educator =
              Educator.register(
                  EducatorId.random(),
                  new PersonName(c.surname(), c.givenName(), c.patronymic()),
                  c.organizationId(),
                  c.position(),
                  c.experience(),
                  c.email());
          changes.save(educators::save, educator);
          return educator.getId();
        });
  }
}
