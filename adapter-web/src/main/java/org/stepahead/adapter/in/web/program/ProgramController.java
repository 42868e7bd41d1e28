package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
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
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
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
  private final GetProgramOverviewUseCase programOverview;
  private final ProgramWebMapper mapper;

  ProgramController(
      DraftProgramUseCase draftProgram,
      ReviseProgramUseCase reviseProgram,
      ApproveProgramUseCase approveProgram,
      GetProgramOverviewUseCase programOverview,
      ProgramWebMapper mapper) {
    this.draftProgram = draftProgram;
    this.reviseProgram = reviseProgram;
    this.approveProgram = approveProgram;
    this.programOverview = programOverview;
    this.mapper = mapper;
  }

  @PostMapping("/communities/{communityId}/programs")
  ResponseEntity<CreatedResponse> draft(
      @PathVariable UUID communityId, @Valid @RequestBody DraftProgramRequest request) {
    ProgramId id = draftProgram.draft(mapper.draft(communityId, request));
    return Created.at("/api/v1/programs/" + id.value(), id.value());
  }

  @GetMapping("/communities/{communityId}/programs")
  List<ProgramSummaryResponse> programsOf(@PathVariable UUID communityId) {
    return programOverview.programsOf(new CommunityId(communityId)).stream().map(mapper::summary).toList();
  }

  @GetMapping("/programs/{programId}")
  ResponseEntity<ProgramOverviewResponse> overview(@PathVariable UUID programId) {
    ProgramOverview overview = programOverview.overview(new ProgramId(programId));
    return ResponseEntity.ok().eTag(ETags.of(overview.version())).body(mapper.overview(overview));
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
