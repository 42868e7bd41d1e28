package org.stepahead.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a library module as text: its module descriptor (what it exports), then every public type of the
 * given packages with its public and protected members, one per line, sorted. The text is checked in beside the
 * module ({@code api/<module>.api}); {@link #verify} fails when the compiled classes say something else, so a change
 * of the public API is always a reviewed change of that file in the same commit.
 *
 * <p>Names and signatures only (no parameter names, annotations or bodies): what an embedder compiles against.
 */
public final class PublicApi {

    /** Set this system property to {@code true} to rewrite the checked-in dump instead of comparing with it. */
    public static final String UPDATE = "stepahead.api.update";

    private final Path classes;
    private final Predicate<String> apiPackage;

    /**
     * @param classes the module's compiled classes ({@code target/classes})
     * @param apiPackage which packages are API
     */
    public PublicApi(Path classes, Predicate<String> apiPackage) {
        this.classes = classes;
        this.apiPackage = apiPackage;
    }

    /** The dump of the compiled classes. */
    public String dump() {
        List<String> lines = new ArrayList<>(moduleLines());
        classNames().stream()
                .map(PublicApi::load)
                .filter(this::isApi)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(type -> lines.addAll(typeLines(type)));
        return String.join("\n", lines) + "\n";
    }

    /**
     * Compares the dump with the checked-in file; rewrites the file instead when {@value #UPDATE} is {@code true}.
     *
     * @return a description of the difference, empty when they agree (or the file was rewritten)
     */
    public String verify(Path checkedIn) {
        return verify(checkedIn, Boolean.getBoolean(UPDATE));
    }

    /** Compares the dump with the checked-in file, or rewrites the file when {@code update} is true. */
    public String verify(Path checkedIn, boolean update) {
        String actual = dump();
        try {
            if (update) {
                Files.createDirectories(checkedIn.toAbsolutePath().getParent());
                Files.writeString(checkedIn, actual, StandardCharsets.UTF_8);
                return "";
            }
            String expected = Files.exists(checkedIn) ? Files.readString(checkedIn, StandardCharsets.UTF_8) : "";
            if (expected.equals(actual)) {
                return "";
            }
            Path proposed = classes.resolveSibling(checkedIn.getFileName());
            Files.writeString(proposed, actual, StandardCharsets.UTF_8);
            return "The public API differs from " + checkedIn + ":\n" + difference(expected, actual)
                    + "\nReview " + proposed + " and commit it as " + checkedIn
                    + " (or run the build with -D" + UPDATE + "=true).";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines only one side has (counted, so a repeated line missing once is found), at most 60. */
    private static String difference(String expected, String actual) {
        Map<String, Integer> count = new HashMap<>();
        expected.lines().forEach(line -> count.merge(line, 1, Integer::sum));
        actual.lines().forEach(line -> count.merge(line, -1, Integer::sum));
        return count.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> (e.getValue() > 0 ? "- " : "+ ") + e.getKey())
                .sorted()
                .limit(60)
                .collect(Collectors.joining("\n"));
    }

    private List<String> moduleLines() {
        Path descriptor = classes.resolve("module-info.class");
        if (!Files.exists(descriptor)) {
            return List.of();
        }
        try (var in = Files.newInputStream(descriptor)) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            List<String> lines = new ArrayList<>();
            lines.add("module " + module.name());
            module.requires().stream()
                    .filter(r -> !r.name().startsWith("java."))
                    .map(r -> "  requires " + modifiers(r.modifiers()) + r.name())
                    .sorted()
                    .forEach(lines::add);
            module.exports().stream()
                    .map(e -> "  exports " + e.source() + (e.isQualified() ? " to " + e.targets() : ""))
                    .sorted()
                    .forEach(lines::add);
            module.uses().stream().map(u -> "  uses " + u).sorted().forEach(lines::add);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String modifiers(java.util.Set<ModuleDescriptor.Requires.Modifier> modifiers) {
        return modifiers.stream()
                .filter(m -> m != ModuleDescriptor.Requires.Modifier.MANDATED)
                .map(m -> m.name().toLowerCase(java.util.Locale.ROOT) + " ")
                .sorted()
                .collect(Collectors.joining());
    }

    private List<String> classNames() {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApi.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Not on the test class path: " + name, e);
        }
    }

    private boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return apiPackage.test(type.getPackageName());
    }

    private static List<String> typeLines(Class<?> type) {
        List<String> lines = new ArrayList<>();
        lines.add(declaration(type));
        List<String> members = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                members.add(modifiers(field.getModifiers(), Modifier.fieldModifiers())
                        + field.getGenericType().getTypeName() + " " + field.getName());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                members.add(modifiers(constructor.getModifiers(), Modifier.constructorModifiers())
                        + typeParameters(constructor.getTypeParameters())
                        + type.getSimpleName()
                        + parameters(constructor));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                int modifiers = method.getModifiers() & Modifier.methodModifiers();
                if (type.isInterface()) {
                    modifiers &= ~(Modifier.PUBLIC | Modifier.ABSTRACT);
                }
                members.add(modifiers(modifiers, Modifier.methodModifiers())
                        + (method.isDefault() ? "default " : "")
                        + typeParameters(method.getTypeParameters())
                        + method.getGenericReturnType().getTypeName() + " " + method.getName()
                        + parameters(method));
            }
        }
        members.stream().sorted().map(member -> "  " + member).forEach(lines::add);
        return lines;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String declaration(Class<?> type) {
        String kind;
        int modifiers = type.getModifiers();
        if (type.isAnnotation()) {
            kind = "@interface";
            modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
        } else if (type.isInterface()) {
            kind = "interface";
            modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
        } else if (type.isEnum()) {
            kind = "enum";
            modifiers &= ~(Modifier.FINAL | Modifier.ABSTRACT);
        } else if (type.isRecord()) {
            kind = "record";
            modifiers &= ~Modifier.FINAL;
        } else {
            kind = "class";
        }
        StringBuilder line = new StringBuilder(modifiers(modifiers, Modifier.classModifiers()))
                .append(kind)
                .append(' ')
                .append(type.getName())
                .append(typeParameters(type.getTypeParameters()).stripTrailing());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            line.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String modifiers(int modifiers, int allowed) {
        String text = Modifier.toString(modifiers & allowed);
        return text.isEmpty() ? "" : text + " ";
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables)
                        .map(v -> v.getName()
                                + (v.getBounds().length == 1 && v.getBounds()[0] == Object.class
                                        ? ""
                                        : " extends "
                                                + Arrays.stream(v.getBounds())
                                                        .map(Type::getTypeName)
                                                        .collect(Collectors.joining(" & "))))
                        .collect(Collectors.joining(", ", "<", ">"))
                + " ";
    }

    private static String parameters(Executable executable) {
        String throwsClause = executable.getGenericExceptionTypes().length == 0
                ? ""
                : " throws "
                        + Arrays.stream(executable.getGenericExceptionTypes())
                                .map(Type::getTypeName)
                                .collect(Collectors.joining(", "));
        return Arrays.stream(executable.getGenericParameterTypes())
                        .map(Type::getTypeName)
                        .collect(Collectors.joining(", ", "(", ")"))
                + throwsClause;
    }
}
