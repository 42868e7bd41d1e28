package org.stepahead.adapter.in.web.community;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.NameOrder;
import org.stepahead.adapter.in.web.common.PageResponse;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.domain.community.CommunityId;

/** REST: communities — found one, list them, read one. */
@RestController
@RequestMapping("/api/v1/communities")
class CommunityController {

    private final FoundCommunityUseCase foundCommunity;
    private final GetCommunityUseCase getCommunity;
    private final ListCommunitiesUseCase listCommunities;
    private final CommunityWebMapper mapper;

    CommunityController(
            FoundCommunityUseCase foundCommunity,
            GetCommunityUseCase getCommunity,
            ListCommunitiesUseCase listCommunities,
            CommunityWebMapper mapper) {
        this.foundCommunity = foundCommunity;
        this.getCommunity = getCommunity;
        this.listCommunities = listCommunities;
        this.mapper = mapper;
    }

    @PostMapping
    ResponseEntity<CreatedResponse> found(@Valid @RequestBody FoundCommunityRequest request) {
        CommunityId id = foundCommunity.found(mapper.command(request));
        return Created.at("/api/v1/communities/" + id.value(), id.value());
    }

    @GetMapping
    PageResponse<CommunityResponse> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "name (А to Я) or name,desc (Я to А)", example = "name")
                    @RequestParam(defaultValue = "name")
                    NameOrder sort) {
        return PageResponse.of(listCommunities.list(new PageQuery(page, size, sort.descending())), mapper::response);
    }

    @GetMapping("/{communityId}")
    CommunityResponse get(@PathVariable UUID communityId) {
        return mapper.response(getCommunity.get(new CommunityId(communityId)));
    }
}
