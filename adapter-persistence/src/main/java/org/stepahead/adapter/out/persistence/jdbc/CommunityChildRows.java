package org.stepahead.adapter.out.persistence.jdbc;

import java.time.LocalDate;
import java.util.UUID;

/** Persistence adapter: rows of the tables that hold a community's profile. */
public final class CommunityChildRows {

    private CommunityChildRows() {}

    /** A row of {@code community_task}, {@code community_principle} or {@code community_right}. */
    public record TextRow(UUID communityId, int position, String text) {}

    /** A row of {@code community_function}. */
    public record FunctionRow(UUID communityId, int position, String functionCode, String description) {}

    /** A row of {@code community_direction}. */
    public record DirectionRow(UUID communityId, int position, String title) {}

    /** A row of {@code community_direction_item}. */
    public record DirectionItemRow(UUID communityId, int directionPosition, int position, String text) {}

    /** A row of {@code community_form}. */
    public record FormRow(UUID communityId, int position, String form) {}

    /** A row of {@code community_day_off}. */
    public record DayOffRow(UUID communityId, int position, LocalDate startsOn, LocalDate endsOn, String reason) {}

    /** A row of {@code community_partner}. */
    public record PartnerRow(
            UUID communityId,
            int position,
            UUID organizationId,
            String role,
            String theme,
            String basisTitle,
            String basisNumber,
            LocalDate basisDate) {}
}
