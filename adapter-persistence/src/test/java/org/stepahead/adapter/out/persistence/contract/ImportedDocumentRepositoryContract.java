package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.ImportedDocument;
import org.stepahead.domain.community.Community;

/** Port contract: what every store of imported documents does — one record a key, kept with its unit of work. */
public abstract class ImportedDocumentRepositoryContract extends StorageContract {

    private static final Instant FIRST = Instant.parse("2026-11-23T09:15:30Z");
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    private Community community(String name) {
        return storedCommunity(name, storedOrganization("Лицей № 21").getId());
    }

    @Test
    void givenAnImportRecorded_itIsFoundByItsKeyAndByItsCommunity_afterReopening() {
        Community club = community("Клуб «Шаг»");
        ImportedDocument document = new ImportedDocument("club-2026", DIGEST, club.getId(), FIRST);

        inUnit(() -> storage.importedDocuments().add(document));
        reopen();

        assertThat(storage.importedDocuments().findByKey("club-2026")).contains(document);
        assertThat(storage.importedDocuments().findByCommunity(club.getId())).contains(document);
        assertThat(storage.importedDocuments().findByKey("club-2027")).isEmpty();
        assertThat(storage.importedDocuments()
                        .findByCommunity(community("Другой").getId()))
                .isEmpty();
    }

    @Test
    void givenARecordedKey_aSecondRecordOfIt_isAConflict_andTheFirstStays() {
        Community club = community("Клуб «Шаг»");
        ImportedDocument first = new ImportedDocument("club-2026", DIGEST, club.getId(), FIRST);
        inUnit(() -> storage.importedDocuments().add(first));
        ImportedDocument second = new ImportedDocument(
                "club-2026",
                "sha256:" + "cd".repeat(32),
                community("Клуб «Шаг»").getId(),
                FIRST.plusSeconds(60));

        assertThatThrownBy(() -> inUnit(() -> storage.importedDocuments().add(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.importedDocuments().findByKey("club-2026")).contains(first);
    }

    @Test
    void givenAUnitOfWorkThatFails_itsRecord_isNotKept() {
        Community club = community("Клуб «Шаг»");

        assertThatThrownBy(() -> inUnit(() -> {
                    storage.importedDocuments().add(new ImportedDocument("club-2026", DIGEST, club.getId(), FIRST));
                    assertThat(storage.importedDocuments().findByKey("club-2026"))
                            .isPresent();
                    throw new IllegalStateException("the import failed later");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(storage.importedDocuments().findByKey("club-2026")).isEmpty();
    }

    @Test
    void givenACommunityImportedUnderTwoKeys_findingByCommunity_givesTheFirstImport() {
        Community club = community("Клуб «Шаг»");
        ImportedDocument later = new ImportedDocument("b-later", DIGEST, club.getId(), FIRST.plusSeconds(3600));
        ImportedDocument earlier = new ImportedDocument("z-earlier", DIGEST, club.getId(), FIRST);
        inUnit(() -> {
            storage.importedDocuments().add(later);
            storage.importedDocuments().add(earlier);
        });

        assertThat(storage.importedDocuments().findByCommunity(club.getId())).contains(earlier);
    }
}
