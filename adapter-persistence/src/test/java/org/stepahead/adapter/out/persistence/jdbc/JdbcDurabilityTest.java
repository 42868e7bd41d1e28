package org.stepahead.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.program.Program;

class JdbcDurabilityTest {

    @Test
    void givenDataWrittenToAnH2File_whenTheStorageIsClosedAndOpenedAgain_thenEverythingReadsBackEqual() {
        Path directory = TestDatabases.h2Directory();
        Organization school = JdbcFixtures.school("МАОУ «Лицей» №21");
        Educator educator = JdbcFixtures.educator(school.getId(), "Иванова");
        Community community = JdbcFixtures.community(school.getId());
        Program program = JdbcFixtures.program(community.getId(), 3, 4);
        try (Storage storage = StorageProvider.find(directory.toString())) {
            storage.unitOfWork().run(() -> {
                storage.organizations().save(school);
                storage.educators().save(educator);
                storage.communities().save(community);
                storage.programs().save(program);
            });
        }
        assertThat(directory.resolve("stepahead.mv.db")).exists();

        try (Storage reopened = StorageProvider.find(directory.toString())) {
            assertThat(reopened.organizations()
                            .findById(school.getId())
                            .orElseThrow()
                            .snapshot())
                    .usingRecursiveComparison()
                    .ignoringFields("version")
                    .isEqualTo(school.snapshot());
            assertThat(reopened.educators()
                            .findById(educator.getId())
                            .orElseThrow()
                            .snapshot())
                    .usingRecursiveComparison()
                    .ignoringFields("version")
                    .isEqualTo(educator.snapshot());
            assertThat(reopened.communities()
                            .findById(community.getId())
                            .orElseThrow()
                            .snapshot())
                    .usingRecursiveComparison()
                    .ignoringFields("version")
                    .isEqualTo(community.snapshot());
            Program loaded = reopened.programs().findById(program.getId()).orElseThrow();
            assertThat(loaded.snapshot())
                    .usingRecursiveComparison()
                    .ignoringFields("version")
                    .isEqualTo(program.snapshot());
            assertThat(loaded.version()).isEqualTo(1);
        }
    }

    @Test
    void givenTheEmbeddedDefault_whenOpened_thenTheDatabaseLivesInTheDataDirectory() {
        Path home = TestDatabases.h2Directory();
        System.setProperty("stepahead.home", home.toString());
        try (Storage storage = StorageProvider.find(StorageProvider.EMBEDDED_DEFAULT)) {
            assertThat(storage.description()).contains(home.toString());
        } finally {
            System.clearProperty("stepahead.home");
        }
        assertThat(home.resolve("stepahead.mv.db")).exists();
    }
}
