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

    /** 201 for a new member of a collection: its {@code Location} is the collection's path and the new id. */
    public static ResponseEntity<CreatedResponse> in(String collection, UUID id) {
        return at(collection + "/" + id, id);
    }
}
