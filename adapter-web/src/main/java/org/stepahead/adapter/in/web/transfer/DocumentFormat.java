package org.stepahead.adapter.in.web.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.DocumentEnvelope;
import org.stepahead.application.port.in.transfer.ImportRefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The community document as JSON or YAML, exactly as docs/import-format.md describes it (the CLI reads and writes
 * the same): unknown fields refused, empty values left out, sections in the documented order.
 */
enum DocumentFormat {
    JSON(
            MediaType.APPLICATION_JSON,
            JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .changeDefaultPropertyInclusion(DocumentFormat::nonEmpty)
                    .addMixIn(CommunityDocument.class, SectionOrder.class)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()),
    YAML(
            MediaType.parseMediaType("application/yaml;charset=UTF-8"),
            YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .changeDefaultPropertyInclusion(DocumentFormat::nonEmpty)
                    .addMixIn(CommunityDocument.class, SectionOrder.class)
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                    .disable(YAMLWriteFeature.SPLIT_LINES)
                    .build());

    /** Mix-in: the sections in the order of docs/import-format.md. */
    @JsonPropertyOrder({"key", "source", "organizations", "educators", "community", "members", "programs", "events"})
    private interface SectionOrder {}

    private final MediaType mediaType;
    private final ObjectMapper mapper;

    DocumentFormat(MediaType mediaType, ObjectMapper mapper) {
        this.mediaType = mediaType;
        this.mapper = mapper;
    }

    private static JsonInclude.Value nonEmpty(JsonInclude.Value inclusion) {
        return inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY);
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** YAML for application/yaml, text/yaml and application/x-yaml; JSON otherwise. */
    static DocumentFormat of(MediaType type) {
        return type != null && type.getSubtype().toLowerCase(Locale.ROOT).endsWith("yaml") ? YAML : JSON;
    }

    /**
     * Reads a document.
     *
     * @throws JacksonException naming the path of a malformed part
     */
    CommunityDocument read(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        switch (DocumentEnvelope.check(text)) {
            case EMPTY -> throw new ImportRefusedException("", ImportRefusedException.Problem.EMPTY);
            case TRUNCATED -> throw new ImportRefusedException("", ImportRefusedException.Problem.TRUNCATED);
            case COMPLETE -> {
                // read below
            }
        }
        return mapper.readValue(text, CommunityDocument.class);
    }

    /** The document as text; YAML inside its envelope (a first line and an end mark). */
    String write(CommunityDocument document) {
        String text = mapper.writeValueAsString(document);
        return this == YAML ? DocumentEnvelope.wrapYaml(text) : text;
    }
}
