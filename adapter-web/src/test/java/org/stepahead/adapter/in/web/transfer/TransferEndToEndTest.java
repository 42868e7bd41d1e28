package org.stepahead.adapter.in.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        classes = StepAheadWebApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"stepahead.storage=memory:", "stepahead.admin.user=admin", "stepahead.admin.password=s3cret"})
class TransferEndToEndTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "002-buzuluk-support-centre.yaml");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String body, String header, String value)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8)))
                .header(header, value)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String exportYaml(String community) throws Exception {
        HttpResponse<String> exported =
                send("GET", "/api/v1/communities/" + community + "/export", null, "Accept", "application/yaml");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        return exported.body();
    }

    @Test
    void givenAnExampleAsYaml_importedOverHttp_itsExportIsAlreadyImported_andACopyUnderAnotherKeyRoundTrips()
            throws Exception {
        HttpResponse<String> imported =
                send("POST", "/api/v1/imports", Files.readString(EXAMPLE), "Content-Type", "application/yaml");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode report = JsonMapper.shared().readTree(imported.body());
        String community = report.path("communityId").asString();
        assertThat(imported.headers().firstValue("Location")).contains("/api/v1/communities/" + community);
        assertThat(report.path("programs").asInt()).isEqualTo(1);

        String yaml = exportYaml(community);
        HttpResponse<String> again = send("POST", "/api/v1/imports", yaml, "Content-Type", "text/yaml");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JsonMapper.shared()
                        .readTree(again.body())
                        .path("alreadyImported")
                        .asBoolean())
                .isTrue();
        assertThat(JsonMapper.shared()
                        .readTree(again.body())
                        .path("communityId")
                        .asString())
                .isEqualTo(community);
        String key = yaml.lines().filter(l -> l.startsWith("key: ")).findFirst().orElseThrow();
        String copy = yaml.replace(key, "key: copy");
        HttpResponse<String> copied = send("POST", "/api/v1/imports", copy, "Content-Type", "text/yaml");
        assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
        String second =
                JsonMapper.shared().readTree(copied.body()).path("communityId").asString();

        assertThat(second).isNotEqualTo(community);
        assertThat(exportYaml(second)).isEqualTo(copy);
        HttpResponse<String> json = send("GET", "/api/v1/communities/" + second + "/export", null, "Accept", "*/*");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JsonMapper.shared()
                        .readTree(json.body())
                        .path("community")
                        .path("name")
                        .asString())
                .isEqualTo("Центр поддержки и научно-методического сопровождения деятельности классного руководителя");
    }

    @Test
    void givenADryRun_overHttp_answers200_andTheCommunityIsNotThere() throws Exception {
        HttpResponse<String> checked = send(
                "POST", "/api/v1/imports?dryRun=true", Files.readString(EXAMPLE), "Content-Type", "application/yaml");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        String community =
                JsonMapper.shared().readTree(checked.body()).path("communityId").asString();

        HttpResponse<String> lookedUp =
                send("GET", "/api/v1/communities/" + community, null, "Accept", "application/json");
        assertThat(lookedUp.statusCode()).isEqualTo(404);
    }
}
