package org.stepahead.adapter.in.web.membership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.membership.Role;

/** Request: give a member a new set of roles. */
public record ChangeRolesRequest(@NotEmpty Set<@NotNull @EnumName(Role.class) String> roles) {}
