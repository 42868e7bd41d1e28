package org.stepahead.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootTableTest {

    private final RootTable table = new RootTable("community", "name, founding_date, name_key");

    @Test
    void columnsAreIdAndVersionThenTheTablesOwn() {
        assertThat(table.columns()).isEqualTo("id, version, name, founding_date, name_key");
        assertThat(table.select()).isEqualTo("select id, version, name, founding_date, name_key from community");
    }

    @Test
    void insertBindsEachColumnByItsCamelCaseNameAndTheNewVersion() {
        assertThat(table.insert())
                .isEqualTo("insert into community (id, version, name, founding_date, name_key)"
                        + " values (:id, :newVersion, :name, :foundingDate, :nameKey)");
    }

    @Test
    void updateIncrementsTheVersionOnlyWhereTheLoadedVersionIsStillStored() {
        assertThat(table.update())
                .isEqualTo("update community set version = version + 1, name = :name, founding_date = :foundingDate,"
                        + " name_key = :nameKey where id = :id and version = :loadedVersion");
    }

    @Test
    void parameterIsTheColumnInCamelCase() {
        assertThat(RootTable.parameter("hard_social_conditions")).isEqualTo("hardSocialConditions");
        assertThat(RootTable.parameter("kind")).isEqualTo("kind");
    }

    @Test
    void organizationQueriesSelectTheColumnsTheRepositoryWrites() {
        assertThat(OrganizationQueries.COLUMNS).isEqualTo(JdbcOrganizationRepository.ORGANIZATION.columns());
    }
}
