package org.stepahead.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stepahead.architecture.PublicApi;

/**
 * The application's public API (the module descriptor, StepAhead and the ports; not the services) is the checked-in
 * {@code api/application.api}: changing one means changing the other in the same commit.
 */
class ApplicationApiTest {

    @Test
    void givenTheCompiledApplication_itsPublicApi_isTheCheckedInDump() {
        PublicApi api = new PublicApi(
                Path.of("target/classes"),
                pkg -> pkg.startsWith("org.stepahead.application")
                        && !pkg.startsWith("org.stepahead.application.service"));

        assertThat(api.verify(Path.of("api/application.api"))).isEmpty();
    }

    @Test
    void givenTheModuleDescriptor_itExportsThePortsAndTheEntryPoint_butNoService() {
        PublicApi api = new PublicApi(Path.of("target/classes"), pkg -> false);

        assertThat(api.dump())
                .contains("  exports org.stepahead.application\n")
                .contains("  exports org.stepahead.application.port.in\n")
                .contains("  exports org.stepahead.application.port.out\n")
                .doesNotContain("exports org.stepahead.application.service");
    }
}
