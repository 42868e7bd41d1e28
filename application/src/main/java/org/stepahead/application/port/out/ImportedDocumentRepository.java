package org.stepahead.application.port.out;

import java.util.Optional;
import org.stepahead.domain.community.CommunityId;

/**
 * Outgoing port: the documents imported into this storage by their keys, so that importing one document twice enters
 * it once. Writes take part in the unit of work of the import.
 */
public interface ImportedDocumentRepository {

    /** The import of the document with this key, if there was one. */
    Optional<ImportedDocument> findByKey(String key);

    /** The import a community came from, if it came from one (the first, if several). */
    Optional<ImportedDocument> findByCommunity(CommunityId community);

    /**
     * Records an import. A second record of the same key is refused (as a {@link ConcurrentUpdateException}, which is
     * what two imports of one document at the same time meet).
     */
    void add(ImportedDocument document);
}
