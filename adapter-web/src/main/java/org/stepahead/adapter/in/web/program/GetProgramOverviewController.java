package org.stepahead.adapter.in.web.program;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/** REST: {@link GetProgramOverviewUseCase} at {@code GET /api/v1/programs/{programId}} and each of its parts. */
@RestController
@RequestMapping("/api/v1/programs/{programId}")
record GetProgramOverviewController(
        GetProgramOverviewUseCase programOverview, OverviewResponses overviews, ProgramWebMapper mapper) {

    /**
     * The overview, with the program's version as ETag; {@code If-None-Match} with the current one answers {@code 304}
     * and no body. The JSON is kept between requests while the program and its community are unchanged
     * ({@link OverviewResponses}).
     */
    @GetMapping
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ProgramOverviewResponse.class)))
    ResponseEntity<byte[]> overview(
            @PathVariable UUID programId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        OverviewResponses.Json overview = overviews.overview(new ProgramId(programId));
        String etag = ETags.of(overview.version());
        if (matches(ifNoneMatch, overview.version())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .contentType(MediaType.APPLICATION_JSON)
                .body(overview.body());
    }

    /** Whether an {@code If-None-Match} names this version; a malformed one names none. */
    private static boolean matches(String ifNoneMatch, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            if (tag.strip().equals("*")) {
                return true;
            }
            try {
                Long named = ExpectedVersion.of(tag).value();
                if (named != null && named == version) {
                    return true;
                }
            } catch (ExpectedVersion.MalformedIfMatchException e) {
                // not one of ours: it matches nothing
            }
        }
        return false;
    }

    // A part, as the overview shows it, at the URL its creation answered in Location. The ETag is the program's
    // version (a part is changed through its program), to send back as If-Match when revising the part.

    @GetMapping("/stages/{stageId}")
    ResponseEntity<ProgramOverviewResponse.Stage> stage(@PathVariable UUID programId, @PathVariable UUID stageId) {
        return part(programId, o -> mapper.stageResponse(o.stage(new StageId(stageId))));
    }

    @GetMapping("/activities/{activityId}")
    ResponseEntity<ProgramOverviewResponse.Activity> activity(
            @PathVariable UUID programId, @PathVariable UUID activityId) {
        return part(programId, o -> mapper.activityResponse(o.activity(new ActivityId(activityId))));
    }

    @GetMapping("/results/{resultId}")
    ResponseEntity<ProgramOverviewResponse.Result> result(@PathVariable UUID programId, @PathVariable UUID resultId) {
        return part(programId, o -> mapper.resultResponse(o.result(new ExpectedResultId(resultId))));
    }

    @GetMapping("/directions/{directionId}")
    ResponseEntity<ProgramOverviewResponse.Direction> direction(
            @PathVariable UUID programId, @PathVariable UUID directionId) {
        return part(programId, o -> mapper.directionResponse(o.direction(new DirectionId(directionId))));
    }

    @GetMapping("/indicators/{indicatorId}")
    ResponseEntity<ProgramOverviewResponse.Indicator> indicator(
            @PathVariable UUID programId, @PathVariable UUID indicatorId) {
        return part(programId, o -> mapper.indicatorResponse(o.indicator(new IndicatorId(indicatorId))));
    }

    private <T> ResponseEntity<T> part(UUID programId, Function<ProgramOverview, T> pick) {
        ProgramOverview overview = programOverview.overview(new ProgramId(programId));
        return ETags.ok(overview.version(), pick.apply(overview));
    }
}
