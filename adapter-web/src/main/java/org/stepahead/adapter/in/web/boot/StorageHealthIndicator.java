package org.stepahead.adapter.in.web.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;

/** Health of the storage: up when a cheap read (the list of organizations) succeeds. */
@Component("storageHealthIndicator")
class StorageHealthIndicator implements HealthIndicator {

  private final ListOrganizationsUseCase organizations;

  StorageHealthIndicator(ListOrganizationsUseCase organizations) {
    this.organizations = organizations;
  }

  @Override
  public Health health() {
    try {
      return Health.up().withDetail("organizations", organizations.list().size()).build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
