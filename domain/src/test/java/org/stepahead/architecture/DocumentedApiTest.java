package org.stepahead.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentedApiTest {

    @TempDir
    Path sources;

    private void write(String pkg, String name, String text) throws IOException {
        Path dir = sources.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".java"), "package " + pkg + ";\n" + text);
    }

    @Test
    void givenPublicPartsWithoutComments_undocumented_namesEachWithItsLine() throws IOException {
        write("org.example.api", "Thing", """
                public class Thing {
                    public Thing() {}

                    /** Documented. */
                    public int size() { return 0; }

                    public void grow() {}

                    void hidden() {}

                    private void secret() {}
                }
                """);

        assertThat(new DocumentedApi(sources, pkg -> true).undocumented())
                .containsExactly(
                        "org/example/api/Thing.java:2 class Thing",
                        "org/example/api/Thing.java:3 method constructor",
                        "org/example/api/Thing.java:8 method grow");
    }

    @Test
    void givenInterfaceMembersOverridesAndRecords_undocumented_asksOnlyForWhatHasNoInheritedComment()
            throws IOException {
        write("org.example.api", "Port", """
                /** A port. */
                public interface Port {
                    void call();

                    /** A record with its compact constructor. */
                    record Value(int n) implements Port {
                        public Value {
                        }

                        @Override
                        public void call() {}
                    }
                }
                """);

        assertThat(new DocumentedApi(sources, pkg -> true).undocumented())
                .containsExactly("org/example/api/Port.java:4 method call");
    }

    @Test
    void givenAPackageThatIsNotApi_undocumented_ignoresIt() throws IOException {
        write("org.example.internal", "Helper", "public class Helper { public void run() {} }\n");

        assertThat(new DocumentedApi(sources, pkg -> pkg.startsWith("org.example.api")).undocumented())
                .isEmpty();
    }
}
