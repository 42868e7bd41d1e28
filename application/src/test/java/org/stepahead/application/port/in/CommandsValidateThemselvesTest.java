package org.stepahead.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command and query of the incoming ports validates itself when it is built: an invalid one cannot exist. Each
 * is built with nothing in it (nulls, zeros, false) and must refuse, naming every component that is required.
 */
class CommandsValidateThemselvesTest {

    static Stream<Class<?>> commandsAndQueries() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        // the domain's test jar (architecture fixtures) is a jar, not test-classes, in a full build
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("org.stepahead.application.port.in")
                        .stream()
                        .filter(c -> c.isTopLevelClass() && c.reflect().isRecord())
                        .filter(c -> c.getSimpleName().endsWith("Command")
                                || c.getSimpleName().endsWith("Query"))
                        .map(JavaClass::reflect)
                        .sorted(java.util.Comparator.comparing(Class::getName))
                        .map(c -> (Class<?>) c);
    }

    @Test
    void theIncomingPorts_haveCommandsAndQueriesToCheck() {
        assertThat(commandsAndQueries()).hasSizeGreaterThan(35);
    }

    @ParameterizedTest
    @MethodSource("commandsAndQueries")
    void givenNothingInIt_buildingTheCommand_isRefusedNamingEachRequiredComponent(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] empty =
                Arrays.stream(components).map(c -> emptyValue(c.getType())).toArray();
        List<String> required = Arrays.stream(components)
                .filter(c -> required(type, c))
                .map(RecordComponent::getName)
                .toList();

        assertThatThrownBy(() -> build(canonical, empty), type.getName())
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsAll(required));
    }

    private static boolean required(Class<?> type, RecordComponent component) {
        try {
            Field field = type.getDeclaredField(component.getName());
            return field.isAnnotationPresent(NotNull.class)
                    || field.isAnnotationPresent(NotBlank.class)
                    || field.isAnnotationPresent(NotEmpty.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object build(Constructor<?> canonical, Object[] values) throws Throwable {
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("no empty value for " + type);
        }
        return null;
    }
}
