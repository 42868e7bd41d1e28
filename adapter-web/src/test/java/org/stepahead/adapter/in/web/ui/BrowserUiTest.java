package org.stepahead.adapter.in.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;

/**
 * The browser UI in a real browser: Debian's headless Chromium driven by Selenium through Debian's chromedriver (no
 * driver download, no Selenium Manager). Signs in, founds a community, drafts a program with a stage, an activity
 * and an expected result, sees them on the program page, sees the message beside the field for a stage that ends
 * before it starts, starts the stage, and checks the program page at phone width; then, at phone width, plans an
 * event from the month view, records its attendance and sees the count on the event and in the summary; admits a member
 * yesterday and records the attendance of an earlier event, whose form lists only that day's members; at last edits the
 * community's name, goal and tasks and sees them on its page. Screenshots go to
 * {@code target/screenshots/}. In CI ({@code CI=true}) a missing Chromium fails the test instead of skipping it.
 */
@SpringBootTest(
        classes = StepAheadWebApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"stepahead.storage=memory:", "stepahead.admin.user=admin", "stepahead.admin.password=s3cret"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserUiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;
    private String programUrl;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); .ci/run "
                    + "installs them");
        }
        assumeTrue(
                installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("stepahead-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=ru",
                "--user-data-dir=" + profile,
                "--window-size=1280,1800");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void aSignedInCoordinator_foundsACommunity_andSeesItsPage() throws IOException {
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(heading()).isEqualTo("Вход");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("s3cret");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Сообщества"));

        browser.findElement(By.linkText("Добавить организацию")).click();
        browser.findElement(By.id("name")).sendKeys("МБОУ «Средняя школа № 1»");
        new Select(browser.findElement(By.id("kind"))).selectByValue("SCHOOL");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Создать сообщество"));
        assertThat(browser.findElement(By.id("notices")).getText()).contains("МБОУ «Средняя школа № 1»");

        browser.findElement(By.id("name")).sendKeys("Клуб молодых педагогов");
        new Select(browser.findElement(By.id("kind"))).selectByValue("CLUB");
        new Select(browser.findElement(By.id("level"))).selectByValue("MUNICIPAL");
        new Select(browser.findElement(By.id("coordinatingOrganization"))).selectByIndex(1);
        browser.findElement(By.id("goal")).sendKeys("Поддержка молодых педагогов");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Клуб молодых педагогов"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("клуб", "муниципальный", "МБОУ «Средняя школа № 1»", "Реестр участников");
        screenshot("1-community");
    }

    @Test
    @Order(2)
    void draftingAProgramWithAStageAnActivityAndAResult_showsThemOnTheProgramPage() throws IOException {
        browser.findElement(By.linkText("Новая программа")).click();
        new Select(browser.findElement(By.id("kind"))).selectByValue("PROGRAM");
        browser.findElement(By.id("title")).sendKeys("Шаг вперёд");
        browser.findElement(By.id("goal")).sendKeys("Профессиональный рост молодых педагогов");
        browser.findElement(By.id("tasksText")).sendKeys("Организовать обмен опытом\nПровести конкурс мастерства");
        date("periodStart", "2025-09-01");
        date("periodEnd", "2026-05-31");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Шаг вперёд"));
        programUrl = browser.getCurrentUrl();

        browser.findElement(By.linkText("Новый этап")).click();
        browser.findElement(By.id("name")).sendKeys("Организационный");
        new Select(browser.findElement(By.id("kind"))).selectByValue("ORGANIZATIONAL");
        date("periodStart", "2025-09-01");
        date("periodEnd", "2025-12-31");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Шаг вперёд"));

        browser.findElement(By.linkText("Новое мероприятие")).click();
        browser.findElement(By.id("number")).sendKeys("1.1");
        browser.findElement(By.id("title")).sendKeys("Заседание клуба");
        new Select(browser.findElement(By.id("stageId"))).selectByIndex(1);
        browser.findElement(By.id("scheduleText")).sendKeys("каждый 3-тий понедельник месяца");
        browser.findElement(By.id("responsibleText")).sendKeys("Иванова М. П.");
        browser.findElement(By.cssSelector("input[type=checkbox][value=MEETING]"))
                .click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Шаг вперёд"));

        browser.findElement(By.linkText("Новый ожидаемый результат")).click();
        browser.findElement(By.id("text")).sendKeys("Сборник методических рекомендаций");
        new Select(browser.findElement(By.id("kind"))).selectByValue("PRODUCT");
        new Select(browser.findElement(By.id("stageId"))).selectByIndex(1);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Шаг вперёд"));

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(
                        "Профессиональный рост молодых педагогов",
                        "Организовать обмен опытом",
                        "Провести конкурс мастерства",
                        "1. Организационный",
                        "01.09.2025 — 31.12.2025",
                        "Заседание клуба",
                        "каждый 3-тий понедельник месяца",
                        "Иванова М. П.",
                        "Сборник методических рекомендаций",
                        "не оценён");
        List<String> tasks = browser.findElements(By.cssSelector("ol.tasks li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(tasks).containsExactly("Организовать обмен опытом", "Провести конкурс мастерства");
        screenshot("2-program");
    }

    @Test
    @Order(3)
    void aStageThatEndsBeforeItStarts_showsTheMessageBesideTheEndDate() throws IOException {
        browser.get(programUrl);
        browser.findElement(By.linkText("Новый этап")).click();
        browser.findElement(By.id("name")).sendKeys("Деятельностный");
        new Select(browser.findElement(By.id("kind"))).selectByValue("ACTIVITY");
        date("periodStart", "2026-03-01");
        date("periodEnd", "2026-01-15");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodEnd-error")));
        assertThat(error.getText()).contains("раньше, чем начинается");
        WebElement field = browser.findElement(By.id("periodEnd"));
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).isEqualTo("periodEnd-error");
        assertThat(error.findElement(By.xpath("..")).findElement(By.id("periodEnd")))
                .isEqualTo(field);
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Деятельностный");
        screenshot("3-validation");
    }

    @Test
    @Order(4)
    void approvingTheProgramAndStartingTheStage_marksItActiveOnTheTimeline() throws IOException {
        browser.get(programUrl);
        browser.findElement(By.id("approver-position")).sendKeys("Начальник управления образования");
        browser.findElement(By.id("approver-name")).sendKeys("Петров П. П.");
        browser.findElement(By.cssSelector("section.approve button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Программа утверждена."));
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("утверждена");

        browser.findElement(By.cssSelector("#stages form button")).click();
        WebElement active = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("ol.timeline li.stage-active[aria-current=step]")));
        assertThat(active.getText()).contains("Организационный", "идёт");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Этап начат."));
        screenshot("4-stage-started");

        browser.findElement(By.cssSelector("ul.results details summary")).click();
        new Select(browser.findElement(By.cssSelector("ul.results select[name=outcome]"))).selectByValue("ACHIEVED");
        new Select(browser.findElement(By.cssSelector("ul.results select[name=evidenceKind]")))
                .selectByValue("MATERIAL");
        browser.findElement(By.cssSelector("ul.results input[name=evidenceDescription]"))
                .sendKeys("Сборник издан и размещён на сайте");
        browser.findElement(By.cssSelector("ul.results form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Результат оценён."));
        assertThat(browser.findElement(By.cssSelector("ul.results li.ACHIEVED")).getText())
                .contains("достигнут", "Сборник издан и размещён на сайте");

        browser.findElement(By.cssSelector("#stages form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.timeline li.stage-closed")));
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("завершена");
        screenshot("4b-stage-closed");
    }

    @Test
    @Order(5)
    void admittedMembers_areFoundInTheRegister_byASearchThatUpdatesOnlyTheTable() throws IOException {
        browser.get(url("/"));
        browser.findElement(By.linkText("Клуб молодых педагогов")).click();
        String communityUrl = browser.getCurrentUrl();
        admit("Иванова", "Мария", "EXPERIENCED", "2025-09-01");
        admit("Сидоров", "Олег", "YOUNG", "2025-09-01");
        assertThat(browser.findElement(By.id("register")).getText()).contains("Иванова Мария", "Сидоров Олег");

        script("window.stillThisPage = true;");
        browser.findElement(By.id("q")).sendKeys("Сидор");
        wait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("register"), "Иванова")));
        WebElement register = browser.findElement(By.id("register"));
        assertThat(register.getText()).contains("Сидоров Олег", "Найдено участников: 1");
        assertThat(register.getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(script("return window.stillThisPage === true;"))
                .as("no full page load")
                .isEqualTo(true);
        assertThat(browser.getCurrentUrl()).startsWith(communityUrl).contains("q=");
        screenshot("5-register-search");

        browser.findElement(By.linkText("Календарь мероприятий")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Календарь мероприятий"));
        String month =
                browser.findElement(By.cssSelector("table.month caption")).getText();
        browser.findElement(By.linkText("Следующий месяц →")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("table.month caption"), month)));
        assertThat(browser.findElements(By.cssSelector("table.month tbody tr")).size())
                .isBetween(4, 6);
        screenshot("6-month");
    }

    private void admit(String surname, String givenName, String experience, String joinedOn) {
        browser.findElement(By.linkText("Принять участника")).click();
        browser.findElement(By.id("surname")).sendKeys(surname);
        browser.findElement(By.id("givenName")).sendKeys(givenName);
        new Select(browser.findElement(By.id("organizationId"))).selectByIndex(1);
        new Select(browser.findElement(By.id("experience"))).selectByValue(experience);
        browser.findElement(By.cssSelector("input[type=checkbox][value=MEMBER]"))
                .click();
        date("joinedOn", joinedOn);
        date("consentGivenOn", joinedOn);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), surname));
    }

    @Test
    @Order(6)
    void atPhoneWidth_theProgramPageFitsTheScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 1400));
        browser.get(programUrl);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Шаг вперёд"));
        Number innerWidth = (Number) script("return window.innerWidth;");
        assertThat(innerWidth.intValue()).isEqualTo(360);
        Number pageWidth = (Number) script("return document.documentElement.scrollWidth;");
        assertThat(pageWidth.intValue()).isLessThanOrEqualTo(360);
        assertThat(browser.findElement(By.linkText("Новое мероприятие")).isDisplayed())
                .isTrue();
        screenshot("7-program-360px");
        browser.get(url("/"));
        browser.findElement(By.linkText("Клуб молодых педагогов")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Клуб молодых педагогов"));
        assertThat(((Number) script("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(360);
        screenshot("8-community-360px");
    }

    @Test
    @Order(7)
    void planningAnEventFromTheMonthView_andRecordingItsAttendance_showsTheCount() throws IOException {
        String today = LocalDate.now(ZoneId.of("Europe/Moscow")).toString();
        browser.get(url("/"));
        browser.findElement(By.linkText("Клуб молодых педагогов")).click();
        planMeeting("Встреча наставников", today);
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Мероприятие запланировано.");

        browser.findElement(By.linkText("Отметить посещаемость")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Отметить посещаемость"));
        browser.findElement(By.xpath("//label[contains(., 'Иванова Мария')]/input[@type='checkbox']"))
                .click();
        browser.findElement(By.id("guestsText")).sendKeys("Петров П. П.; Гимназия № 2");
        screenshot("9-attendance-form");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Посещаемость записана"));
        assertThat(browser.findElement(By.id("attendance")).getText())
                .contains(
                        "Присутствовали: 1 · отсутствовали: 1 · гостей: 1",
                        "Иванова Мария",
                        "Сидоров Олег",
                        "Петров П. П.");
        assertThat(((Number) script("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(360);
        screenshot("10-event-360px");

        browser.findElement(By.linkText("Календарь месяца")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Календарь мероприятий"));
        assertThat(browser.findElement(By.linkText("Встреча наставников")).isDisplayed())
                .isTrue();
        browser.findElement(By.linkText("Посещаемость")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Посещаемость"));
        WebElement row = browser.findElement(By.xpath("//table[@class='summary']//tr[.//a[.='Встреча наставников']]"));
        assertThat(row.findElement(By.cssSelector("td.present")).getText()).isEqualTo("1");
        assertThat(((Number) script("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(360);
        screenshot("11-attendance-summary-360px");
    }

    @Test
    @Order(8)
    void anEarlierEventsAttendance_listsTheMembersOfItsDayOnly_andSavesWithNobodyTicked() throws IOException {
        String yesterday =
                LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1).toString();
        browser.get(url("/"));
        browser.findElement(By.linkText("Клуб молодых педагогов")).click();
        admit("Новикова", "Анна", "YOUNG", yesterday);
        planMeeting("Осенняя встреча", "2025-10-15");

        browser.findElement(By.linkText("Отметить посещаемость")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Отметить посещаемость"));
        String members = browser.findElement(By.cssSelector("main fieldset")).getText();
        assertThat(members)
                .contains("Иванова Мария", "Сидоров Олег", "15.10.2025")
                .doesNotContain("Новикова")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        screenshot("12-attendance-earlier-event");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Посещаемость записана"));
        assertThat(browser.findElement(By.id("attendance")).getText())
                .contains("Присутствовали: 0 · отсутствовали: 2 · гостей: 0")
                .doesNotContain("Новикова");
    }

    @Test
    @Order(9)
    void editingTheCommunity_changesItsNameAndGoal_onItsPage() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 3600));
        browser.get(url("/"));
        browser.findElement(By.linkText("Клуб молодых педагогов")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Клуб молодых педагогов"));
        browser.findElement(By.linkText("Изменить")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Изменить сообщество"));
        WebElement name = browser.findElement(By.id("name"));
        WebElement goal = browser.findElement(By.id("goal"));
        assertThat(name.getDomProperty("value")).isEqualTo("Клуб молодых педагогов");
        assertThat(goal.getDomProperty("value")).isEqualTo("Поддержка молодых педагогов");

        name.clear();
        name.sendKeys("Клуб педагогов-наставников");
        goal.clear();
        goal.sendKeys("Наставничество в каждой школе района");
        browser.findElement(By.id("tasksText")).sendKeys("Обмен опытом\nПодготовка к конкурсам");
        screenshot("13-community-edit");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Клуб педагогов-наставников"));
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Изменения сохранены.");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Наставничество в каждой школе района")
                .doesNotContain("Поддержка молодых педагогов");
        browser.findElement(By.linkText("Изменить")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Изменить сообщество"));
        assertThat(browser.findElement(By.id("tasksText")).getDomProperty("value"))
                .isEqualTo("Обмен опытом\nПодготовка к конкурсам");
    }

    @Test
    @Order(10)
    void aWrongAddress_showsTheSiteOwnRussianPage_withAWayBackToThePageBefore() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Сообщества"));
        ((JavascriptExecutor) browser).executeScript("window.location.href = '/no-such-page';");

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Не получилось"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Такой страницы нет.")
                .doesNotContain("Whitelabel");
        screenshot("14-error-404");
        browser.findElement(By.linkText("Вернуться назад")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Сообщества"));
    }

    /** From the community's page: plans a meeting on the day from the month view and opens its page. */
    private void planMeeting(String title, String isoDate) {
        browser.findElement(By.linkText("Календарь мероприятий")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Календарь мероприятий"));
        browser.findElement(By.linkText("Запланировать мероприятие")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Запланировать мероприятие"));
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("form"))).selectByValue("MEETING");
        date("date", isoDate);
        date("startsAt", "16:00");
        browser.findElement(By.id("place")).sendKeys("Кабинет 12");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
    }

    private void date(String id, String isoDate) {
        script("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
