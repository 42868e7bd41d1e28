package org.stepahead.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.shared.Aggregate;

class OnlyThisModulesProductionClassesTest {

    private final Path module = Path.of("/work/some-module");
    private final ImportOption option = new OnlyThisModulesProductionClasses(module.resolve("target/classes"));

    @Test
    void givenAClassFileUnderTargetClasses_includes_acceptsIt() {
        Location location = Location.of(module.resolve("target/classes/org/stepahead/domain/Some.class"));

        assertThat(option.includes(location)).isTrue();
    }

    @Test
    void givenAClassFileUnderTargetTestClasses_includes_rejectsIt() {
        Location location = Location.of(module.resolve("target/test-classes/org/stepahead/domain/SomeTest.class"));

        assertThat(option.includes(location)).isFalse();
    }

    @Test
    void givenAnotherModulesClasses_includes_rejectsThem() {
        Location location = Location.of(Path.of("/work/other-module/target/classes/org/stepahead/domain/Some.class"));

        assertThat(option.includes(location)).isFalse();
    }

    @Test
    void givenAClassInAJar_includes_rejectsIt() {
        Location location = Location.of(URI.create("jar:file:/root/.m2/domain-tests.jar!/org/stepahead/Some.class"));

        assertThat(option.includes(location)).isFalse();
    }

    @Test
    void givenTheDomainModule_importingStepAhead_yieldsItsProductionClassesOnly() {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(new OnlyThisModulesProductionClasses())
                .importPackages("org.stepahead");

        assertThat(imported.contain(Aggregate.class)).isTrue();
        assertThat(imported.contain(ArchitectureRules.class)).isFalse();
        assertThat(imported.contain("org.stepahead.adapter.out.persistence.archfixture.InMemoryThingStore"))
                .isFalse();
        assertThat(imported)
                .allSatisfy(javaClass -> assertThat(javaClass.getPackageName()).startsWith("org.stepahead.domain"));
    }
}
