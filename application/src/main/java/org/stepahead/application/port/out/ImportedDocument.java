package org.stepahead.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.stepahead.domain.community.CommunityId;

/**
 * Record: a community document that was imported — its stable key (the document's own {@code key}, or a digest of
 * its content when it has none), the digest of its content, the community it became and when.
 */
public record ImportedDocument(String key, String digest, CommunityId community, Instant importedAt) {

    /** The longest key a store keeps. */
    public static final int MAX_KEY_LENGTH = 200;

    public ImportedDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(importedAt, "importedAt");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a document key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }
}
