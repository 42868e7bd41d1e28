package org.stepahead.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicApiTest {

    private final PublicApi domain =
            new PublicApi(Path.of("target/classes"), pkg -> pkg.startsWith("org.stepahead.domain"));

    @Test
    void givenTheDomainClasses_dump_listsTheModuleExportsAndPublicSignatures() {
        String dump = domain.dump();

        assertThat(dump)
                .startsWith("module org.stepahead.domain\n")
                .contains("  exports org.stepahead.domain.program\n")
                .contains("public final class org.stepahead.domain.program.Program")
                .contains("  public java.lang.String code()\n")
                .doesNotContain("private ");
    }

    @Test
    void givenADumpWithoutOneSignature_verify_namesTheAddedSignature(@TempDir Path dir) throws IOException {
        String dump = domain.dump();
        Path checkedIn = dir.resolve("domain.api");
        Files.writeString(checkedIn, dump.replace("  public java.lang.String code()\n", ""));

        assertThat(domain.verify(checkedIn, false)).contains("+   public java.lang.String code()");
    }

    @Test
    void givenTheSameDump_verify_findsNoDifference(@TempDir Path dir) throws IOException {
        Path checkedIn = dir.resolve("domain.api");
        Files.writeString(checkedIn, domain.dump());

        assertThat(domain.verify(checkedIn, false)).isEmpty();
    }

    @Test
    void givenOnlySomePackagesAreApi_dump_leavesTheOthersOut() {
        PublicApi shared = new PublicApi(Path.of("target/classes"), pkg -> pkg.equals("org.stepahead.domain.shared"));

        assertThat(shared.dump())
                .contains("org.stepahead.domain.shared.Period")
                .doesNotContain("class org.stepahead.domain.program.");
    }
}
