package org.stepahead.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stepahead.architecture.DocumentedApi;

/** Every public type, constructor and method of the application's API packages (all but the services) says what it is for (Javadoc). */
class ApplicationDocumentationTest {

    @Test
    void givenTheApplicationSources_everyPublicTypeAndMethod_hasAComment() {
        DocumentedApi api = new DocumentedApi(
                Path.of("src/main/java"),
                pkg -> pkg.startsWith("org.stepahead.application")
                        && !pkg.startsWith("org.stepahead.application.service"));

        assertThat(api.undocumented()).isEmpty();
    }
}
