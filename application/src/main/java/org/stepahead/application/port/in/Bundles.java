package org.stepahead.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts from {@code .properties} bundles (UTF-8), read the same way on the class path and on the module path:
 * {@code ResourceBundle} with a {@code Control} refuses to work in a named module, so the files are read as resources
 * of this module (or of the class path) instead. A language's file is asked first ({@code messages_en}), then the
 * base file, which is Russian: the JVM's default locale never decides the language.
 */
final class Bundles {

    private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();

    private Bundles() {}

    /**
     * The text of a key in the first of the bundles that has it, in the language or else in the base file.
     *
     * @param bundles base names with slashes, e.g. {@code org/stepahead/application/port/in/messages}
     */
    static Optional<String> text(List<String> bundles, Locale locale, String key) {
        for (String bundle : bundles) {
            for (String name : candidates(bundle, locale)) {
                String text = file(name).getProperty(key);
                if (text != null) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(String bundle, Locale locale) {
        List<String> names = new ArrayList<>();
        if (locale != null && !locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                names.add(bundle + "_" + locale.getLanguage() + "_" + locale.getCountry());
            }
            names.add(bundle + "_" + locale.getLanguage());
        }
        names.add(bundle);
        return names;
    }

    private static Properties file(String name) {
        return FILES.computeIfAbsent(name, Bundles::read);
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        String resource = name + ".properties";
        InputStream in = Bundles.class.getResourceAsStream("/" + resource);
        if (in == null) {
            ClassLoader loader = Bundles.class.getClassLoader();
            in = loader == null ? null : loader.getResourceAsStream(resource);
        }
        if (in == null) {
            return properties;
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
