package org.stepahead.adapter.in.web.organization;

import org.mapstruct.Mapper;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.educator.EducatorView;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;

/** Mapping: organization and educator requests to commands, read models to responses. */
@Mapper(config = WebMapperConfig.class)
interface OrganizationWebMapper {

    RegisterOrganizationCommand command(RegisterOrganizationRequest request);

    RegisterEducatorCommand command(RegisterEducatorRequest request);

    OrganizationResponse response(OrganizationView view);

    EducatorResponse response(EducatorView view);
}
