package org.stepahead.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.nio.file.Path;

/**
 * Imports only the class files under the current module's {@code target/classes}, so that a module's architecture
 * test sees neither this test-jar, nor other modules' classes or jars. Surefire runs with the module directory as
 * working directory and sets {@code basedir} to it.
 */
public final class OnlyThisModulesProductionClasses implements ImportOption {

    private final Path productionClasses;

    public OnlyThisModulesProductionClasses() {
        this(moduleDirectory().resolve(Path.of("target", "classes")));
    }

    OnlyThisModulesProductionClasses(Path productionClasses) {
        this.productionClasses = productionClasses.toAbsolutePath().normalize();
    }

    @Override
    public boolean includes(Location location) {
        if (location.isArchive() || !"file".equals(location.asURI().getScheme())) {
            return false;
        }
        return Path.of(location.asURI()).toAbsolutePath().normalize().startsWith(productionClasses);
    }

    private static Path moduleDirectory() {
        String basedir = System.getProperty("basedir");
        return basedir == null || basedir.isBlank() ? Path.of("") : Path.of(basedir);
    }
}
