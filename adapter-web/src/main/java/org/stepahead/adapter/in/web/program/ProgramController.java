package org.stepahead.adapter.in.web.program;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/** REST: programs — draft, a community's list, the overview (with ETag), revise and approve (with If-Match). */
@RestController
@RequestMapping("/api/v1")
class ProgramController {

    private final DraftProgramUseCase draftProgram;
    private final ReviseProgramUseCase reviseProgram;
    private final ApproveProgramUseCase approveProgram;
    private final ListProgramsUseCase listPrograms;
    private final ProgramWebMapper mapper;
    private final OverviewResponses overviews;

    ProgramController(
            DraftProgramUseCase draftProgram,
            ReviseProgramUseCase reviseProgram,
            ApproveProgramUseCase approveProgram,
            ListProgramsUseCase listPrograms,
            ProgramWebMapper mapper,
            OverviewResponses overviews) {
        this.draftProgram = draftProgram;
        this.reviseProgram = reviseProgram;
        this.approveProgram = approveProgram;
        this.listPrograms = listPrograms;
        this.mapper = mapper;
        this.overviews = overviews;
    }

    @PostMapping("/communities/{communityId}/programs")
    ResponseEntity<CreatedResponse> draft(
            @PathVariable UUID communityId, @Valid @RequestBody DraftProgramRequest request) {
        ProgramId id = draftProgram.draft(mapper.draft(communityId, request));
        return Created.at("/api/v1/programs/" + id.value(), id.value());
    }

    @GetMapping("/communities/{communityId}/programs")
    List<ProgramSummaryResponse> programsOf(@PathVariable UUID communityId) {
        return listPrograms.programsOf(new CommunityId(communityId)).stream()
                .map(mapper::summary)
                .toList();
    }

    /**
     * The overview, with the program's version as ETag; {@code If-None-Match} with the current one answers {@code 304}
     * and no body. The JSON is kept between requests while the program and its community are unchanged
     * ({@link OverviewResponses}).
     */
    @GetMapping("/programs/{programId}")
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
                Long named = ETags.expectedVersion(tag);
                if (named != null && named == version) {
                    return true;
                }
            } catch (ETags.MalformedIfMatchException e) {
                // not one of ours: it matches nothing
            }
        }
        return false;
    }

    @PutMapping("/programs/{programId}")
    ResponseEntity<Void> revise(
            @PathVariable UUID programId,
            @Valid @RequestBody DraftProgramRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        reviseProgram.revise(mapper.revise(programId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/programs/{programId}/approval")
    ResponseEntity<Void> approve(
            @PathVariable UUID programId,
            @Valid @RequestBody ApproveProgramRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        approveProgram.approve(mapper.approve(programId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }
}
