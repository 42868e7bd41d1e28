package org.stepahead.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.stepahead.application.port.out.ImportedDocument;
import org.stepahead.application.port.out.ImportedDocumentRepository;
import org.stepahead.domain.community.CommunityId;

/** Persistence adapter: imported documents kept in memory by their keys, written in the unit of work. */
final class InMemoryImportedDocumentRepository implements ImportedDocumentRepository {

    private final InMemoryDatabase database;

    InMemoryImportedDocumentRepository(InMemoryDatabase database) {
        this.database = database;
    }

    /** The stored form: the record with the version the table keeps (1, written once). */
    record Stored(ImportedDocument document, long version) {}

    @Override
    public Optional<ImportedDocument> findByKey(String key) {
        return database.find(database.importedDocuments, Objects.requireNonNull(key, "key"))
                .map(Stored::document);
    }

    @Override
    public Optional<ImportedDocument> findByCommunity(CommunityId community) {
        Objects.requireNonNull(community, "community");
        return database.view(database.importedDocuments).values().stream()
                .map(Stored::document)
                .filter(d -> d.community().equals(community))
                .min(Comparator.comparing(ImportedDocument::importedAt));
    }

    /** A second record of a key finds the first one's version and is refused, like the JDBC store's primary key. */
    @Override
    public void add(ImportedDocument document) {
        database.save(database.importedDocuments, document.key(), new Stored(document, 0), 0);
    }
}
