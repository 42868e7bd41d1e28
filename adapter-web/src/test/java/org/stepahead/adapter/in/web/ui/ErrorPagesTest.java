package org.stepahead.adapter.in.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;

/**
 * The browser UI's error pages over a real server, where the servlet container sends an error to {@code /error}: a
 * signed-in browser sees the site's own page in its language, with a way back and without an id, for an unknown
 * address, a form sent without its CSRF token, a method the page does not take and an unknown program; the API
 * keeps its problem details.
 */
@SpringBootTest(
        classes = StepAheadWebApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"stepahead.storage=memory:", "stepahead.admin.user=admin", "stepahead.admin.password=s3cret"})
class ErrorPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private HttpClient browser;

    @BeforeEach
    void signInAsTheAdministrator() throws Exception {
        signIn("admin", "s3cret");
    }

    private void signIn(String username, String password) throws Exception {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = send(page("/login").GET()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = send(page("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    @Test
    void anUnknownAddress_showsTheRussianNotFoundPage_withTheSiteHeaderAndAWayBack() throws Exception {
        HttpResponse<String> response =
                send(page("/no-such-page").header("Referer", url("/")).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("Такой страницы нет.", "Шаг вперёд", "К списку сообществ", "Вернуться назад", "Выйти")
                .doesNotContain("Whitelabel", "Not Found");
    }

    @Test
    void anUnknownAddress_inEnglish_showsTheEnglishPage() throws Exception {
        HttpResponse<String> response =
                send(page("/no-such-page").header("Accept-Language", "en").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("There is no such page.", "Back to the communities")
                .doesNotContain("Whitelabel", "Такой страницы нет");
    }

    @Test
    void aFormSentWithoutItsCsrfToken_isRefusedWithTheRussianForbiddenPage() throws Exception {
        HttpResponse<String> response = send(page("/organizations")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=School&kind=SCHOOL")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("Эта страница или действие вам недоступны", "К списку сообществ")
                .doesNotContain("Whitelabel", "Forbidden");
    }

    @Test
    void aPageForAdministratorsOnly_showsASignedInTeacherTheRussianForbiddenPage() throws Exception {
        HttpResponse<String> created = send(api("/api/v1/accounts")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"teacher\", \"password\": \"password-123\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        signIn("teacher", "password-123");

        HttpResponse<String> response = send(page("/organizations/new").GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("Эта страница или действие вам недоступны", "Выйти (teacher)")
                .doesNotContain("Whitelabel", "Forbidden");
    }

    @Test
    void aMethodThePageDoesNotTake_showsTheRussianPage() throws Exception {
        HttpResponse<String> response = send(page("/organizations").GET());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Не удалось выполнить запрос.").doesNotContain("Whitelabel");
    }

    @Test
    void anUnknownProgram_namesWhatIsMissing_andNeverItsId() throws Exception {
        UUID id = UUID.randomUUID();

        HttpResponse<String> response = send(page("/programs/" + id).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        String main = response.body()
                .substring(response.body().indexOf("<main"), response.body().indexOf("</main>"));
        assertThat(main).contains("Программа не найдена.").doesNotContain(id.toString(), "program");
    }

    @Test
    void theApi_stillAnswersAnUnknownAddressWithProblemDetails() throws Exception {
        HttpResponse<String> response = send(api("/api/v1/no-such-thing").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("<html");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,*/*;q=0.8");
    }

    /** An API call of the administrator, with HTTP Basic. */
    private HttpRequest.Builder api(String path) {
        String basic = Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
