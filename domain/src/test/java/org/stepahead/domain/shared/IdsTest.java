package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.program.ProgramId;

class IdsTest {

    @Test
    void givenAUuid_of_readsIt() {
        UUID uuid = UUID.randomUUID();

        assertThat(ProgramId.of(uuid.toString()).value()).isEqualTo(uuid);
    }

    @Test
    void givenMalformedText_of_isRefused() {
        DomainRuleViolation violation = assertRefused(() -> ProgramId.of("программа-1"), "id.malformed");

        assertThat(violation.arguments()).containsExactly("programId", "программа-1");
    }

    @Test
    void givenNoText_of_isRefused() {
        assertRefused(() -> ProgramId.of(" "), "required");
        assertRefused(() -> new ProgramId(null), "required");
    }
}
