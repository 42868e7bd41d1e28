package org.stepahead.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
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
class WebServiceEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void givenACommunityAndAMember_draftingAndApprovingAProgram_showsItInTheOverview() throws Exception {
        String community = foundCommunity();
        String educator = created(send("POST", "/api/v1/educators", """
        {"surname": "Иванова", "givenName": "Мария", "patronymic": "Петровна", "experience": "EXPERIENCED"}"""));
        Reply admitted = send("POST", "/api/v1/communities/" + community + "/members", """
        {"educatorId": "%s", "roles": ["MEMBER", "COORDINATOR"], "joinedOn": "2020-09-01",
         "consentGivenOn": "2020-08-30", "consentBasis": "заявление"}""".formatted(educator));
        String member = created(admitted);
        assertThat(admitted.header("Location")).isEqualTo("/api/v1/members/" + member);

        Reply register =
                send("GET", "/api/v1/communities/" + community + "/members?role=COORDINATOR&page=0&size=10", null);
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.json().path("total").asLong()).isEqualTo(1);
        assertThat(register.json().path("items").get(0).path("fullName").asString())
                .contains("Иванова");

        Reply memberReply = send("GET", "/api/v1/members/" + member, null);
        assertThat(memberReply.header("ETag"))
                .isEqualTo("\"" + memberReply.json().path("version").asLong() + "\"");

        String program = created(send("POST", "/api/v1/communities/" + community + "/programs", """
        {"kind": "PROGRAM", "title": "Шаг вперёд", "goal": "Поддержка классных руководителей",
         "tasks": ["Организовать обмен опытом"], "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""));
        String stage = created(send("POST", "/api/v1/programs/" + program + "/stages", """
        {"name": "Организационный", "kind": "ORGANIZATIONAL", "periodStart": "2020-09-01",
         "periodEnd": "2020-12-31"}"""));
        created(send("POST", "/api/v1/programs/" + program + "/activities", """
        {"title": "Заседание клуба", "stageId": "%s", "forms": ["MEETING"],
         "schedule": {"kind": "RECURRING", "times": 2, "per": "MONTH", "text": "2 раза в месяц"},
         "responsible": [{"name": "Иванова М. П."}]}""".formatted(stage)));
        created(send("POST", "/api/v1/programs/" + program + "/results", """
        {"text": "Методические рекомендации", "kind": "PRODUCT", "stageId": "%s"}""".formatted(stage)));

        Reply draft = send("GET", "/api/v1/programs/" + program, null);
        Reply approved =
                send("POST", "/api/v1/programs/" + program + "/approval", """
        {"approvedBy": {"position": "Директор", "name": "Петров П. П."}, "approvedOn": "2020-08-31"}""", "If-Match", draft.header("ETag"));
        assertThat(approved.status()).isEqualTo(204);

        Reply overview = send("GET", "/api/v1/programs/" + program, null);
        assertThat(overview.status()).isEqualTo(200);
        JsonNode body = overview.json();
        assertThat(body.path("status").asString()).isEqualTo("APPROVED");
        assertThat(body.path("approval").path("approvedByName").asString()).isEqualTo("Петров П. П.");
        JsonNode firstStage = body.path("stages").get(0);
        assertThat(firstStage.path("name").asString()).isEqualTo("Организационный");
        JsonNode schedule = firstStage.path("activities").get(0).path("schedule");
        assertThat(schedule.path("kind").asString()).isEqualTo("RECURRING");
        assertThat(schedule.path("times").asLong()).isEqualTo(2);
        assertThat(schedule.path("per").asString()).isEqualTo("MONTH");
        assertThat(schedule.path("text").asString()).isEqualTo("2 раза в месяц");
        assertThat(firstStage.path("results").get(0).path("text").asString()).isEqualTo("Методические рекомендации");
        assertThat(overview.header("ETag")).isNotEqualTo(draft.header("ETag"));

        Reply stale = send("PUT", "/api/v1/members/" + member + "/roles", """
        {"roles": ["MEMBER"]}""", "If-Match", "\"999\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith(PROBLEM);

        Reply list = send("GET", "/api/v1/communities/" + community + "/programs", null);
        assertThat(list.json().get(0).path("title").asString()).isEqualTo("Шаг вперёд");
    }

    @Test
    void givenAnApprovedProgram_runningItsStage_completesItAndKeepsTheMeasurements() throws Exception {
        String community = foundCommunity();
        String tutorEducator = created(send("POST", "/api/v1/educators", """
        {"surname": "Орлова", "givenName": "Анна", "experience": "EXPERIENCED"}"""));
        String tuteeEducator = created(send("POST", "/api/v1/educators", """
        {"surname": "Белов", "givenName": "Иван", "experience": "YOUNG"}"""));
        String tutor =
                created(send("POST", "/api/v1/communities/" + community + "/members", """
        {"educatorId": "%s", "roles": ["TUTOR"], "joinedOn": "2020-09-01", "consentGivenOn": "2020-09-01"}""".formatted(tutorEducator)));
        String tutee =
                created(send("POST", "/api/v1/communities/" + community + "/members", """
        {"educatorId": "%s", "roles": ["TUTEE"], "joinedOn": "2020-09-01", "consentGivenOn": "2020-09-01"}""".formatted(tuteeEducator)));
        assertThat(send("POST", "/api/v1/members/" + tutee + "/tutors", """
        {"tutorId": "%s", "since": "2020-09-15"}""".formatted(tutor))
                        .status())
                .isEqualTo(204);
        JsonNode linked = send("GET", "/api/v1/members/" + tutee, null).json();
        assertThat(linked.path("tutors").get(0).path("tutorId").asString()).isEqualTo(tutor);
        Reply novice = send("POST", "/api/v1/members/" + tutor + "/tutors", """
        {"tutorId": "%s", "since": "2020-09-15"}""".formatted(tutee));
        assertThat(novice.status()).isEqualTo(422);
        assertThat(send("POST", "/api/v1/members/" + tutee + "/tutors/" + tutor + "/end", """
        {"until": "2020-12-31"}""")
                        .status())
                .isEqualTo(204);

        String program = created(send("POST", "/api/v1/communities/" + community + "/programs", """
        {"kind": "PROJECT", "title": "Наставничество", "goal": "Сопровождение молодых педагогов",
         "tasks": ["Закрепить наставников"], "periodStart": "2020-09-01", "periodEnd": "2020-12-31"}"""));
        String direction = created(send("POST", "/api/v1/programs/" + program + "/directions", """
        {"code": "1", "title": "Наставничество"}"""));
        String stage = created(send("POST", "/api/v1/programs/" + program + "/stages", """
        {"name": "Весь период", "kind": "WHOLE_PERIOD", "periodStart": "2020-09-01", "periodEnd": "2020-12-31"}"""));
        Reply planned = send("POST", "/api/v1/programs/" + program + "/activities", """
        {"title": "Встречи пар", "directionId": "%s", "stageId": "%s",
         "schedule": {"kind": "NTH_WEEKDAY", "nth": 3, "dayOfWeek": "MONDAY",
                      "text": "каждый 3-тий понедельник месяца"}}""".formatted(direction, stage));
        String activityId = created(planned);
        String result = created(send("POST", "/api/v1/programs/" + program + "/results", """
        {"text": "Сборник практик", "kind": "PRODUCT", "stageId": "%s"}""".formatted(stage)));
        String indicator = created(send("POST", "/api/v1/programs/" + program + "/indicators", """
        {"name": "Доля закреплённых", "unit": "%", "baseline": 0, "target": 80, "direction": "HIGHER_IS_BETTER"}"""));
        assertThat(send("POST", "/api/v1/programs/" + program + "/approval", """
        {"approvedBy": {"position": "Директор"}, "approvedOn": "2020-08-31"}""")
                        .status())
                .isEqualTo(204);

        assertThat(send("POST", "/api/v1/programs/" + program + "/stages/" + stage + "/start", """
        {"day": "2020-09-01"}""")
                        .status())
                .isEqualTo(204);
        Reply early = send("POST", "/api/v1/programs/" + program + "/stages/" + stage + "/close", """
        {"day": "2020-12-31"}""");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("code").asString()).isEqualTo("stage.unassessedResults");
        Reply noEvidence = send("POST", "/api/v1/programs/" + program + "/results/" + result + "/assessment", """
        {"outcome": "ACHIEVED", "assessedOn": "2020-12-20"}""");
        assertThat(noEvidence.status()).isEqualTo(422);
        assertThat(send("POST", "/api/v1/programs/" + program + "/results/" + result + "/assessment", """
        {"outcome": "ACHIEVED", "assessedOn": "2020-12-20",
         "evidence": [{"kind": "MATERIAL", "description": "Сборник", "reference": "https://example.org/s.pdf"}]}""")
                        .status())
                .isEqualTo(204);
        assertThat(send("POST", "/api/v1/programs/" + program + "/indicators/" + indicator + "/measurements", """
        {"measuredOn": "2020-12-25", "value": 60}""")
                        .status())
                .isEqualTo(204);
        assertThat(send("POST", "/api/v1/programs/" + program + "/stages/" + stage + "/close", """
        {"day": "2020-12-31"}""")
                        .status())
                .isEqualTo(204);

        JsonNode overview = send("GET", "/api/v1/programs/" + program, null).json();
        assertThat(overview.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(overview.path("directions").get(0).path("title").asString()).isEqualTo("Наставничество");
        JsonNode activity = overview.path("stages").get(0).path("activities").get(0);
        assertThat(activity.path("directionId").asString()).isEqualTo(direction);
        assertThat(activity.path("schedule").path("kind").asString()).isEqualTo("NTH_WEEKDAY");
        assertThat(activity.path("schedule").path("dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(overview.path("stages")
                        .get(0)
                        .path("results")
                        .get(0)
                        .path("outcome")
                        .asString())
                .isEqualTo("ACHIEVED");
        assertThat(overview.path("indicators").get(0).path("latest").asLong()).isEqualTo(60);

        Reply oneActivity = send("GET", planned.header("Location"), null);
        assertThat(oneActivity.status()).isEqualTo(200);
        assertThat(oneActivity.header("ETag"))
                .isEqualTo("\"" + overview.path("version").asLong() + "\"");
        assertThat(oneActivity.json().path("id").asString()).isEqualTo(activityId);
        assertThat(oneActivity.json().path("schedule").path("text").asString())
                .isEqualTo("каждый 3-тий понедельник месяца");
        assertThat(send("GET", "/api/v1/programs/" + program + "/stages/" + stage, null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CLOSED");
        assertThat(send("GET", "/api/v1/programs/" + program + "/results/" + result, null)
                        .json()
                        .path("evidence")
                        .get(0)
                        .path("kind")
                        .asString())
                .isEqualTo("MATERIAL");
        assertThat(send("GET", "/api/v1/programs/" + program + "/directions/" + direction, null)
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("1");
        assertThat(send("GET", "/api/v1/programs/" + program + "/indicators/" + indicator, null)
                        .json()
                        .path("latest")
                        .asLong())
                .isEqualTo(60);
        Reply otherProgramsStage = send("GET", "/api/v1/programs/" + program + "/stages/" + direction, null);
        assertThat(otherProgramsStage.status()).isEqualTo(404);
        assertThat(otherProgramsStage.json().path("code").asString()).isEqualTo("notFound");

        Reply left = send("POST", "/api/v1/members/" + tutee + "/leave", """
        {"leftOn": "2021-01-15"}""");
        assertThat(left.status()).isEqualTo(204);
        Reply current = send("GET", "/api/v1/communities/" + community + "/members?name=Бел", null);
        assertThat(current.json().path("total").asLong()).isZero();
        Reply former = send("GET", "/api/v1/communities/" + community + "/members?name=Бел&includeFormer=true", null);
        assertThat(former.json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void givenAMeetingThatTookPlace_attendanceAndMinutes_areRecordedAndRead() throws Exception {
        String community = foundCommunity();
        String educator = created(send("POST", "/api/v1/educators", """
        {"surname": "Смирнов", "givenName": "Олег", "experience": "YOUNG"}"""));
        String member = created(send("POST", "/api/v1/communities/" + community + "/members", """
        {"educatorId": "%s", "roles": ["MEMBER"], "joinedOn": "2020-09-01", "consentGivenOn": "2020-09-01"}""".formatted(educator)));
        String event = created(send("POST", "/api/v1/communities/" + community + "/events", """
        {"title": "Заседание клуба", "form": "MEETING", "date": "2020-10-15", "startsAt": "15:00",
         "place": "Лицей №21", "facilitators": ["Иванова М. П."]}"""));

        Reply month = send("GET", "/api/v1/communities/" + community + "/events?from=2020-10-01&to=2020-10-31", null);
        assertThat(month.status()).isEqualTo(200);
        assertThat(month.json().get(0).path("title").asString()).isEqualTo("Заседание клуба");
        Reply outside = send("GET", "/api/v1/communities/" + community + "/events?from=2020-11-01&to=2020-11-30", null);
        assertThat(outside.json().size()).isZero();

        Reply scheduled = send("GET", "/api/v1/events/" + event, null);
        Reply attendance = send(
                "POST",
                "/api/v1/events/" + event + "/attendance",
                """
        {"members": [{"membershipId": "%s", "present": true}], "guests": [{"name": "Гость Г. Г."}]}""".formatted(member),
                "If-Match",
                scheduled.header("ETag"));
        assertThat(attendance.status()).as(attendance.body()).isEqualTo(204);
        Reply minutes = send("POST", "/api/v1/events/" + event + "/minutes", """
        {"number": "3", "date": "2020-10-15", "chair": "Иванова М. П.",
         "agenda": [{"topic": "План на год", "decided": ["Утвердить план"]}]}""");
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(204);

        JsonNode read = send("GET", "/api/v1/events/" + event, null).json();
        assertThat(read.path("presentMembers").asLong()).isEqualTo(1);
        assertThat(read.path("guests").asLong()).isEqualTo(1);
        assertThat(read.path("minutes").path("agenda").get(0).path("topic").asString())
                .isEqualTo("План на год");
    }

    @Test
    void givenInvalidFields_post_answersProblemDetailsWithFieldErrorsInRussianOrEnglish() throws Exception {
        String body = """
        {"name": "", "kind": "CLUB", "level": "MUNICIPAL"}""";

        Reply russian = send("POST", "/api/v1/communities", body);
        assertThat(russian.status()).isEqualTo(400);
        assertThat(russian.contentType()).startsWith(PROBLEM);
        assertThat(russian.body())
                .contains(
                        "\"field\":\"name\"",
                        "поле не должно быть пустым",
                        "\"field\":\"coordinatingOrganization\"",
                        "обязательное поле не заполнено");

        Reply english = send("POST", "/api/v1/communities", body, "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("\"field\":\"name\"", "must not be blank", "a value is required");
    }

    @Test
    void givenMalformedJsonOrWrongTypes_post_answersBadRequestNeverAStackTrace() throws Exception {
        Reply broken = send("POST", "/api/v1/organizations", "{\"name\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith(PROBLEM);
        assertThat(broken.body()).doesNotContain("Exception", "at org.");

        Reply wrongType = send("POST", "/api/v1/communities/" + UUID.randomUUID() + "/members", """
        {"educatorId": "not-a-uuid", "roles": ["MEMBER"], "joinedOn": "2020-09-01", "consentGivenOn": "2020-09-01"}""");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"educatorId\"").doesNotContain("Exception");

        Reply badPath = send("GET", "/api/v1/programs/not-a-uuid", null);
        assertThat(badPath.status()).isEqualTo(400);
        assertThat(badPath.body()).contains("\"field\":\"programId\"");

        Reply badDate = send("POST", "/api/v1/organizations", """
        {"name": "Лицей", "kind": "LYCEUM", "lowResults": "maybe"}""");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"lowResults\"");
    }

    @Test
    void givenAnUnknownId_get_answersNotFound() throws Exception {
        Reply reply = send("GET", "/api/v1/programs/" + UUID.randomUUID(), null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().path("code").asString()).isEqualTo("notFound");
    }

    @Test
    void givenAProgramWithoutStages_approve_answersUnprocessableWithTheRule() throws Exception {
        String community = foundCommunity();
        String program = created(send("POST", "/api/v1/communities/" + community + "/programs", """
        {"kind": "PROGRAM", "title": "Без этапов", "goal": "Цель", "tasks": ["Задача"],
         "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""));

        Reply reply = send("POST", "/api/v1/programs/" + program + "/approval", """
        {"approvedBy": {"position": "Директор"}}""");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("code").asString()).isEqualTo("program.approve.needsStage");
        assertThat(reply.json().path("detail").asString())
                .isEqualTo("Программу нельзя утвердить без хотя бы одного этапа.");

        Reply english = send("POST", "/api/v1/programs/" + program + "/approval", """
        {"approvedBy": {"position": "Director"}}""", "Accept-Language", "en");
        assertThat(english.json().path("detail").asString())
                .isEqualTo("A program cannot be approved without at least one stage.");
    }

    @Test
    void givenNoOrWrongCredentials_api_answersUnauthorized_butHealthIsOpen() throws Exception {
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(uri("/api/v1/organizations")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("Basic"));

        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(uri("/api/v1/organizations"))
                        .header("Authorization", basic("admin", "wrong"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(uri("/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> apiDocs = http.send(
                HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("/api/v1/programs/{programId}");

        Reply detailed = send("GET", "/actuator/health", null);
        assertThat(detailed.body()).contains("\"storage\"");
    }

    @Test
    void givenTheAdministrator_metrics_answerRequestTimings_butNotToAnonymousCallers() throws Exception {
        send("GET", "/api/v1/organizations", null);

        Reply requests = send("GET", "/actuator/metrics/http.server.requests", null);
        assertThat(requests.status()).isEqualTo(200);
        assertThat(requests.json().path("measurements").get(0).path("statistic").asString())
                .isEqualTo("COUNT");
        assertThat(requests.json().path("measurements").get(0).path("value").asDouble())
                .isPositive();

        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(uri("/actuator/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void givenAnApprovedProgramWithAMonthlyActivityAndAnEvent_calendarFeeds_parseBackWithTheRightDates()
            throws Exception {
        String community = foundCommunity();
        String program = created(send("POST", "/api/v1/communities/" + community + "/programs", """
        {"kind": "PROGRAM", "title": "Шаг вперёд", "goal": "Поддержка классных руководителей",
         "tasks": ["Организовать обмен опытом"], "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""));
        String stage = created(send("POST", "/api/v1/programs/" + program + "/stages", """
        {"name": "Организационный", "kind": "ORGANIZATIONAL", "periodStart": "2020-09-01",
         "periodEnd": "2020-12-31"}"""));
        String activity = created(send("POST", "/api/v1/programs/" + program + "/activities", """
        {"title": "Заседание клуба", "stageId": "%s", "forms": ["MEETING"],
         "schedule": {"kind": "NTH_WEEKDAY", "nth": 3, "dayOfWeek": "MONDAY",
                      "text": "каждый 3-тий понедельник месяца"},
         "responsible": [{"name": "Иванова М. П."}]}""".formatted(stage)));
        Reply draft = send("GET", "/api/v1/programs/" + program, null);
        assertThat(send("POST", "/api/v1/programs/" + program + "/approval", """
        {"approvedBy": {"position": "Директор", "name": "Петров П. П."}, "approvedOn": "2020-08-31"}""", "If-Match", draft.header("ETag"))
                        .status())
                .isEqualTo(204);
        String event =
                created(send("POST", "/api/v1/communities/" + community + "/events", """
        {"programId": "%s", "activityId": "%s", "date": "2020-10-19", "startsAt": "15:00", "endsAt": "16:30",
         "place": "Лицей №21, актовый зал"}""".formatted(program, activity)));

        Reply feed = send("GET", "/api/v1/communities/" + community + "/calendar.ics", null, "Accept", "text/calendar");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).isEqualTo("text/calendar;charset=UTF-8");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Клуб классных руководителей");
        VEvent series = vevent(calendar, activity);
        assertThat(series.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Заседание клуба");
        LocalDate first = (LocalDate) series.getStartDate().orElseThrow().getDate();
        RRule<LocalDate> rule = series.<RRule<LocalDate>>getProperty("RRULE").orElseThrow();
        assertThat(rule.getRecur().getDates(first, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 1)))
                .containsExactly(
                        LocalDate.of(2020, 9, 21),
                        LocalDate.of(2020, 10, 19),
                        LocalDate.of(2020, 11, 16),
                        LocalDate.of(2020, 12, 21));
        assertThat(series.getProperty("EXDATE").orElseThrow().getValue()).isEqualTo("20201019");
        VEvent meeting = vevent(calendar, event);
        assertThat(meeting.getStartDate().orElseThrow().getValue()).isEqualTo("20201019T150000");
        assertThat(meeting.getStartDate()
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Moscow");
        assertThat(ZonedDateTime.from(meeting.getStartDate().orElseThrow().getDate())
                        .toInstant())
                .isEqualTo(Instant.parse("2020-10-19T12:00:00Z"));
        assertThat(meeting.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Лицей №21, актовый зал");

        Reply programFeed = send("GET", "/api/v1/programs/" + program + "/calendar.ics", null);
        assertThat(programFeed.status()).isEqualTo(200);
        assertThat(programFeed.body()).contains("X-WR-CALNAME:Шаг вперёд");
        assertThat(withoutStamps(send("GET", "/api/v1/communities/" + community + "/calendar.ics", null)
                        .body()))
                .as("the same data, the same feed and UIDs; only DTSTAMP (the time of export) moves")
                .isEqualTo(withoutStamps(feed.body()));

        Reply unknown =
                send("GET", "/api/v1/programs/" + UUID.randomUUID() + "/calendar.ics", null, "Accept", "text/calendar");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM);
    }

    private static String withoutStamps(String ics) {
        return ics.lines().filter(l -> !l.startsWith("DTSTAMP:")).toList().toString();
    }

    private static VEvent vevent(Calendar calendar, String id) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(id + "@stepahead.org"))
                .findFirst()
                .orElseThrow();
    }

    private String foundCommunity() throws Exception {
        String organization = created(send("POST", "/api/v1/organizations", """
        {"name": "МАОУ «Лицей» №21", "kind": "LYCEUM", "municipality": "Тамбов"}"""));
        return created(send("POST", "/api/v1/communities", """
        {"name": "Клуб классных руководителей", "kind": "CLUB", "level": "MUNICIPAL",
         "coordinatingOrganization": "%s", "profile": {"goal": "Обмен опытом"}}""".formatted(organization)));
    }

    private String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String id = reply.json().path("id").asString();
        assertThat(reply.header("Location")).endsWith(id);
        return id;
    }

    private Reply send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic("admin", "s3cret"))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private record Reply(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }
    }
}
