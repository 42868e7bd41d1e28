package org.stepahead.adapter.in.web.community;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.NameOrder;
import org.stepahead.adapter.in.web.common.PageResponse;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;

/** REST: {@link ListCommunitiesUseCase} at {@code GET /api/v1/communities}, a page in name order. */
@RestController
record ListCommunitiesController(ListCommunitiesUseCase listCommunities, CommunityWebMapper mapper) {

    @GetMapping("/api/v1/communities")
    PageResponse<CommunityResponse> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "name (А to Я) or name,desc (Я to А)", example = "name")
                    @RequestParam(defaultValue = "name")
                    NameOrder sort) {
        return PageResponse.of(listCommunities.list(new PageQuery(page, size, sort.descending())), mapper::response);
    }
}
