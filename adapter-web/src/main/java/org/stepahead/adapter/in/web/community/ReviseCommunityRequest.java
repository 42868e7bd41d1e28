package org.stepahead.adapter.in.web.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Request: revise a community's name, founding document (none when absent), time zone (Moscow when absent) and
 * profile (empty when absent); its kind, level and coordinating organization stay.
 */
public record ReviseCommunityRequest(
        @NotBlank @Size(max = 500) String name,
        @Valid FoundCommunityRequest.Document foundingDocument,
        @Size(max = 60) String timeZone,
        @Valid FoundCommunityRequest.Profile profile) {}
