package org.stepahead.adapter.in.web.common;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** 201 Created with the new resource's {@code Location} and its id in the body. */
public final class Created {

    private Created() {}

    public static ResponseEntity<CreatedResponse> at(String path, UUID id) {
        return ResponseEntity.created(URI.create(path)).body(new CreatedResponse(id));
    }
}
