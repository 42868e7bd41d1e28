package org.stepahead.adapter.in.cli.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.DocumentEnvelope;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes community documents as YAML or JSON, naming the file and the path of any structure error. The
 * document's records carry no annotations: the mappers here refuse unknown fields, leave out empty values and write
 * the document's sections in the documented order.
 */
public final class DocumentFiles {

    /** The two formats, chosen by the file's extension on import and by {@code --format} on export. */
    public enum Format {
        YAML,
        JSON
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(DocumentFiles::nonEmpty)
            .addMixIn(CommunityDocument.class, SectionOrder.class)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(DocumentFiles::nonEmpty)
            .addMixIn(CommunityDocument.class, SectionOrder.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Mix-in: the sections in the order of docs/import-format.md. */
    @JsonPropertyOrder({"key", "source", "organizations", "educators", "community", "members", "programs", "events"})
    private interface SectionOrder {}

    private DocumentFiles() {}

    private static JsonInclude.Value nonEmpty(JsonInclude.Value inclusion) {
        return inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY);
    }

    /** The format of a file by its extension: .yaml, .yml or .json. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Format.YAML;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        throw new ImportException(file.toString(), "", "import.problem.extension");
    }

    /** Reads a document; a malformed one is refused with the file, the path inside it and the problem. */
    public static CommunityDocument read(Path file) throws IOException {
        Format format = formatOf(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format, file.toString());
        }
    }

    static CommunityDocument read(InputStream in, Format format, String name) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        switch (DocumentEnvelope.check(text)) {
            case EMPTY -> throw new ImportException(name, "", "import.problem.empty");
            case TRUNCATED -> throw new ImportException(name, "", "import.problem.truncated");
            case COMPLETE -> {
                // read below
            }
        }
        try {
            CommunityDocument document = mapper(format).readValue(text, CommunityDocument.class);
            if (document == null) {
                throw new ImportException(name, "", "import.problem.required");
            }
            return document;
        } catch (UnrecognizedPropertyException e) {
            throw new ImportException(name, path(e), "import.problem.unknownField", e.getPropertyName());
        } catch (InvalidFormatException e) {
            if (e.getTargetType() != null && e.getTargetType().isEnum()) {
                String allowed = Arrays.stream(e.getTargetType().getEnumConstants())
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
                throw new ImportException(name, path(e), "import.problem.badEnum", e.getValue(), allowed);
            }
            String expected = expected(e.getTargetType());
            throw expected.equals("import.problem.expectedText") || expected.equals("import.problem.unreadableValue")
                    ? new ImportException(name, path(e), "import.problem.badValue", e.getValue())
                    : new ImportException(name, path(e), expected);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ImportException(name, "", "import.problem.syntax", format, line, column);
        } catch (MismatchedInputException e) {
            throw new ImportException(name, path(e), expected(e.getTargetType()));
        } catch (JacksonException e) {
            throw new ImportException(name, path(e), "import.problem.unreadableValue");
        }
    }

    /** What a value of the type should look like, as a problem key: a date, a number, a list, or a text. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "import.problem.unreadableValue";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "import.problem.expectedDate";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "import.problem.expectedNumber";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "import.problem.expectedList";
        }
        if (type == String.class || type.isEnum()) {
            return "import.problem.expectedText";
        }
        return "import.problem.expectedObject";
    }

    /** The document as text in the format; YAML inside its envelope (a first line and an end mark). */
    public static String write(CommunityDocument document, Format format) {
        String text = mapper(format).writeValueAsString(document);
        return format == Format.YAML ? DocumentEnvelope.wrapYaml(text) : text;
    }

    private static ObjectMapper mapper(Format format) {
        return format == Format.YAML ? YAML : JSON;
    }

    /** A Jackson path as the format's readers see it: {@code programs[0].stages[2].period}. */
    static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
