package org.stepahead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stepahead.architecture.DocumentedApi;

/** Every public type, constructor and method of the domain says what it is for (Javadoc). */
class DomainDocumentationTest {

    @Test
    void givenTheDomainSources_everyPublicTypeAndMethod_hasAComment() {
        DocumentedApi api = new DocumentedApi(Path.of("src/main/java"), pkg -> pkg.startsWith("org.stepahead.domain"));

        assertThat(api.undocumented()).isEmpty();
    }
}
