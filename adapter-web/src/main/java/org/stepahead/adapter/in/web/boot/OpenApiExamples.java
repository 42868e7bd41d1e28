package org.stepahead.adapter.in.web.boot;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a realistic request body — taken from the seed documents, in Russian — on the main create operations of the
 * API description. The examples live in {@code openapi/examples.json}, keyed by {@code "METHOD /path"}; a test
 * checks that each one names a real operation and is a valid request.
 */
final class OpenApiExamples implements OpenApiCustomizer {

    static final String RESOURCE = "openapi/examples.json";

    private final Map<String, Object> examples;

    OpenApiExamples() {
        this.examples = load();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load() {
        ObjectMapper json = JsonMapper.builder().build();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        examples.forEach((key, example) -> {
            String[] methodAndPath = key.split(" ", 2);
            PathItem path = api.getPaths().get(methodAndPath[1]);
            Operation operation = path == null ? null : operation(path, methodAndPath[0]);
            if (operation == null
                    || operation.getRequestBody() == null
                    || operation.getRequestBody().getContent() == null) {
                return;
            }
            for (MediaType media : operation.getRequestBody().getContent().values()) {
                media.setExample(example);
            }
        });
    }

    private static Operation operation(PathItem path, String method) {
        return switch (method) {
            case "POST" -> path.getPost();
            case "PUT" -> path.getPut();
            default -> null;
        };
    }
}
