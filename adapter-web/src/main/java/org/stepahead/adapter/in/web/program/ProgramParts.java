package org.stepahead.adapter.in.web.program;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;

/** What the controllers of a program's parts share: the answer to a new part, the day a stage starts or closes. */
final class ProgramParts {

    private ProgramParts() {}

    /** 201 with the part at {@code /api/v1/programs/{programId}/{kind}/{id}}. */
    static ResponseEntity<CreatedResponse> created(UUID programId, String kind, UUID id) {
        return Created.at("/api/v1/programs/" + programId + "/" + kind + "/" + id, id);
    }

    /** The request, or one naming no day (today) when there was no body. */
    static StageDayRequest orToday(StageDayRequest request) {
        return request == null ? new StageDayRequest(null) : request;
    }
}
