package org.stepahead.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Validator;
import java.io.InputStream;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The request examples of the API description: each is on a real operation and is a request the API accepts. */
@SpringBootTest(
        classes = StepAheadWebApplication.class,
        properties = {"stepahead.storage=memory:", "stepahead.admin.user=admin", "stepahead.admin.password=s3cret"})
@AutoConfigureMockMvc
class OpenApiExamplesTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    Validator validator;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static JsonNode examples() throws Exception {
        try (InputStream in = OpenApiExamplesTest.class.getResourceAsStream("/openapi/examples.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void givenTheExamplesFile_theApiDescription_showsEachExampleOnItsOperation() throws Exception {
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode paths = JSON.readTree(body).get("paths");
        JsonNode examples = examples();

        assertThat(examples.propertyNames()).hasSizeGreaterThanOrEqualTo(9);
        for (Map.Entry<String, JsonNode> entry : examples.properties()) {
            String[] methodAndPath = entry.getKey().split(" ", 2);
            JsonNode shown = paths.path(methodAndPath[1])
                    .path(methodAndPath[0].toLowerCase())
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("example");
            assertThat(shown).as(entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void givenAnUpdateTakingAnExpectedVersion_theApiDescription_showsAnOptionalIfMatchHeaderAndNoOtherParameter()
            throws Exception {
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode parameters = JSON.readTree(body)
                .get("paths")
                .path("/api/v1/programs/{programId}/activities/{activityId}")
                .path("put")
                .path("parameters");

        assertThat(parameters
                        .valueStream()
                        .map(p -> p.path("in").asString() + " " + p.path("name").asString() + " "
                                + p.path("required").asBoolean())
                        .toList())
                .containsExactly("path programId true", "path activityId true", "header If-Match false");
    }

    @Test
    void givenEachExample_bindingItToItsRequestRecord_findsNoViolation() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : examples().properties()) {
            String[] methodAndPath = entry.getKey().split(" ", 2);
            HandlerMethod handler = handler(RequestMethod.valueOf(methodAndPath[0]), methodAndPath[1]);
            Parameter body = Arrays.stream(handler.getMethod().getParameters())
                    .filter(p -> p.isAnnotationPresent(RequestBody.class))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(entry.getKey() + " takes no body"));

            Object request = JSON.treeToValue(entry.getValue(), body.getType());

            assertThat(validator.validate(request)).as(entry.getKey()).isEmpty();
            checked.add(entry.getKey());
        }
        assertThat(checked).contains("POST /api/v1/communities", "POST /api/v1/programs/{programId}/activities");
    }

    private HandlerMethod handler(RequestMethod method, String path) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (info.getMethodsCondition().getMethods().contains(method)
                    && info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getPatternValues().contains(path)) {
                return mapping.getValue();
            }
        }
        throw new AssertionError("no operation " + method + " " + path);
    }
}
