package org.stepahead.adapter.in.web.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request: register a whole list of educators at once, all or none. */
public record RegisterEducatorsRequest(
        @NotEmpty @Size(max = 10000) List<@Valid @NotNull RegisterEducatorRequest> educators) {}
