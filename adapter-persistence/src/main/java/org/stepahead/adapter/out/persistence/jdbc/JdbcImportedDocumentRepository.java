package org.stepahead.adapter.out.persistence.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.ImportedDocument;
import org.stepahead.application.port.out.ImportedDocumentRepository;
import org.stepahead.domain.community.CommunityId;

/** Persistence adapter: imported documents in table {@code imported_document}; the key is its primary key. */
final class JdbcImportedDocumentRepository implements ImportedDocumentRepository {

    private static final String SELECT =
            "select document_key, digest, community_id, imported_at from imported_document";

    private final JdbcSession session;

    JdbcImportedDocumentRepository(JdbcSession session) {
        this.session = session;
    }

    /** A row of {@code imported_document}. */
    record ImportRow(String documentKey, String digest, UUID communityId, OffsetDateTime importedAt) {
        ImportedDocument document() {
            return new ImportedDocument(documentKey, digest, new CommunityId(communityId), importedAt.toInstant());
        }
    }

    @Override
    public Optional<ImportedDocument> findByKey(String key) {
        return session.read(h -> h.createQuery(SELECT + " where document_key = :key")
                .bind("key", key)
                .mapTo(ImportRow.class)
                .findOne()
                .map(ImportRow::document));
    }

    @Override
    public Optional<ImportedDocument> findByCommunity(CommunityId community) {
        return session.read(h -> h.createQuery(SELECT + " where community_id = :community order by imported_at")
                .bind("community", community.value())
                .mapTo(ImportRow.class)
                .findFirst()
                .map(ImportRow::document));
    }

    @Override
    public void add(ImportedDocument document) {
        session.write(h -> {
            try {
                return h.createUpdate("insert into imported_document (document_key, digest, community_id, imported_at)"
                                + " values (:key, :digest, :community, :at)")
                        .bind("key", document.key())
                        .bind("digest", document.digest())
                        .bind("community", document.community().value())
                        .bind("at", document.importedAt().atOffset(ZoneOffset.UTC))
                        .execute();
            } catch (RuntimeException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw new ConcurrentUpdateException("ImportedDocument", document.key(), 0);
                }
                throw e;
            }
        });
    }
}
