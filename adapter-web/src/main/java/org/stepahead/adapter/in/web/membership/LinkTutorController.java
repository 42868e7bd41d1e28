package org.stepahead.adapter.in.web.membership;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;

/** REST: {@link LinkTutorUseCase} at {@code POST /api/v1/members/{tuteeId}/tutors}. */
@RestController
record LinkTutorController(LinkTutorUseCase linkTutor, MembershipWebMapper mapper) {

    @PostMapping("/api/v1/members/{tuteeId}/tutors")
    ResponseEntity<Void> link(@PathVariable UUID tuteeId, @Valid @RequestBody LinkTutorRequest request) {
        linkTutor.link(mapper.link(tuteeId, request));
        return ResponseEntity.noContent().build();
    }
}
