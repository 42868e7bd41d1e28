package org.stepahead.application.port.in.organization;

import java.util.List;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.PageQuery;

/** Use case: list organizations. */
public interface ListOrganizationsUseCase {

    /** Every organization, by name in Russian alphabetical order. */
    List<OrganizationView> list();

    /** A page of the organizations, by name А to Я or Я to А. */
    Page<OrganizationView> list(PageQuery query);
}
