package org.stepahead.application.port.in.organization;

import java.util.List;
import org.stepahead.domain.organization.OrganizationId;

/** Use case: look up organizations. */
public interface ListOrganizationsUseCase {

  /** Every organization, by name in Russian alphabetical order. */
  List<OrganizationView> list();

  OrganizationView get(OrganizationId id);
}
