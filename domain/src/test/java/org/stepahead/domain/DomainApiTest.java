package org.stepahead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stepahead.architecture.PublicApi;

/** The domain's public API is the checked-in {@code api/domain.api}: changing one means changing the other. */
class DomainApiTest {

    @Test
    void givenTheCompiledDomain_itsPublicApi_isTheCheckedInDump() {
        PublicApi api = new PublicApi(Path.of("target/classes"), pkg -> pkg.startsWith("org.stepahead.domain"));

        assertThat(api.verify(Path.of("api/domain.api"))).isEmpty();
    }
}
