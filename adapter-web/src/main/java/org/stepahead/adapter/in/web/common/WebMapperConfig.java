package org.stepahead.adapter.in.web.common;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** Shared MapStruct settings of the web adapter: Spring beans, and every target property mapped on purpose. */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IdMapper.class)
public interface WebMapperConfig {}
