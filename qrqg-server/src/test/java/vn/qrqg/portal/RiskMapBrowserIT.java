package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.platform.database.OnceOnlySeeding;
import vn.qrqg.risk.TestRiskLevels;

/**
 * The public risk map (/risk.html) in Chromium, over the real risk API and without login: the
 * provinces coloured by level on the map and the same in its table, a click on a province opening
 * its communes with a declared level and its decision, a commune found by its name typed without
 * tone marks or from a link, and a day before any assessment in grey. Vĩnh Long gets criteria of
 * its own that make any week level 3; Cà Mau's officials declare Đầm Dơi level 3 (lifted after).
 * Both provinces are left to this class by the other risk tests.
 */
class RiskMapBrowserIT extends BrowserTestSupport {
    private static final String VINH_LONG = "86";
    private static final String CA_MAU = "96";
    private static final String DAM_DOI = "32152"; // Xã Đầm Dơi, of Cà Mau
    private static final String ORANGE = "rgb(240, 124, 0)";
    private static final String GREY = "rgb(154, 163, 171)";
    private static final String PROVINCES = "path[data-code]";
    private static boolean seeded; // once for the class: the browser keeps public answers a minute
    private static int seededPort;
    private static String officials;

    @Autowired
    private List<OnceOnlySeeding> seedings;

    @BeforeEach
    void vinhLongAtLevelThreeAndDamDoiDeclared() throws Exception {
        if (seeded) {
            return;
        }
        for (OnceOnlySeeding seeding : seedings) {
            seeding.completion().get(10, TimeUnit.MINUTES); // every province has people, so a level
        }
        String admin = TestClients.adminToken(port);
        send("PUT", "/api/v1/admin/risk/criteria/" + VINH_LONG, admin, """
                {"name": "Vĩnh Long thử nghiệm: cấp 3", "casesPer100kPerWeek": [{"atLeast": 50}, {"atLeast": 150}, {"over": 600}],
                 "coverage": [{"name": "Đủ liều", "doses": "FULL", "minAge": 0, "targetPercent": 75}],
                 "levels": {"coverageMet": [3, 3, 3, 3], "coverageNotMet": [3, 3, 3, 3]},
                 "capacityNotMet": "NOT_LOWERED"}""", 200);
        TestRiskLevels.assessedToday(port);
        officials = TestRiskLevels.officialsOf(port, CA_MAU);
        TestRiskLevels.declared(port, officials, DAM_DOI, 3);
        seededPort = port;
        seeded = true;
    }

    @AfterAll
    static void damDoiLifted() throws Exception {
        if (seeded) {
            TestRiskLevels.lifted(seededPort, officials, DAM_DOI);
        }
    }

    @Test
    void theMapColoursEachProvinceByItsLevelAndTheTableSaysTheSame() throws Exception {
        WebDriver driver = riskMap("/risk.html");
        Map<String, String> api = new TreeMap<>();
        json(get("/api/v1/risk/levels").body()).path("items").forEach(item ->
                api.put(item.path("code").asString(), item.path("level").isNull() ? "none" : item.path("level").asString()));
        waitFor(driver).until(d -> d.findElements(By.cssSelector(PROVINCES + "[data-level]")).size() == 34);

        Map<String, String> onTheMap = levels(driver, PROVINCES, "code", "level");
        assertThat(onTheMap).hasSize(34).isEqualTo(api);
        assertThat(onTheMap).containsEntry(VINH_LONG, "3");
        assertThat(fill(driver, VINH_LONG)).as("Vĩnh Long, level 3, is orange").isEqualTo(ORANGE);
        assertThat(driver.findElement(By.id("legend")).getText()).contains("Cấp 3 – Nguy cơ cao (cam)");

        driver.findElement(By.id("table-toggle")).click();
        WebElement table = driver.findElement(By.id("province-table"));
        assertThat(table.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("table-toggle")).getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(table.findElement(By.tagName("caption")).getText()).contains("34 tỉnh, thành phố");
        assertThat(table.findElements(By.cssSelector("thead th[scope=col]"))).hasSize(5);
        assertThat(levels(driver, "#province-table tbody tr", "code", null)).as("the table lists what the map shows")
                .isEqualTo(onTheMap);
        assertThat(table.findElement(By.cssSelector("tr[data-code='" + VINH_LONG + "']")).getText())
                .contains("Tỉnh Vĩnh Long", "Cấp 3 – Nguy cơ cao (cam)");

        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        assertThat(driver.findElement(By.id("legend")).getText()).contains("Level 3 – High risk (orange)");
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        screenshotFrom(driver, "map-title", "risk-map-desktop");
    }

    @Test
    void aClickOnAProvinceOpensItsCommunesWithTheDeclaredLevelAndItsDecision() throws Exception {
        WebDriver driver = riskMap("/risk.html");
        waitFor(driver).until(d -> d.findElements(By.cssSelector(PROVINCES + "[data-level]")).size() == 34);
        clickOnTheMap(driver, CA_MAU);

        assertThat(driver.findElement(By.id("communes-title")).getText()).contains("Tỉnh Cà Mau");
        List<String> expected = json(get("/api/v1/risk/levels?scope=commune&provinceCode=" + CA_MAU).body())
                .path("items").valueStream().map(item -> item.path("code").asString()).sorted().toList();
        assertThat(driver.findElements(By.cssSelector("#commune-table tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-code")).toList()).isEqualTo(expected);
        WebElement damDoi = driver.findElement(By.cssSelector("#commune-table tr[data-code='" + DAM_DOI + "']"));
        assertThat(damDoi.getText()).contains("Xã Đầm Dơi", "Cấp 3 – Nguy cơ cao (cam)", "Quyết định 7/QĐ-UBND", "Ổ dịch");
        assertThat(damDoi.findElement(By.cssSelector(".risk-level")).getDomAttribute("data-level")).isEqualTo("3");
        assertThat(colour(damDoi.findElement(By.cssSelector(".swatch")).getCssValue("background-color"))).isEqualTo(ORANGE);

        WebElement byLevel = driver.findElement(By.cssSelector("th[data-sort=level]"));
        byLevel.findElement(By.tagName("button")).click();
        byLevel.findElement(By.tagName("button")).click();
        assertThat(byLevel.getDomAttribute("aria-sort")).isEqualTo("descending");
        List<Integer> sorted = driver.findElements(By.cssSelector("#commune-table tbody .risk-level")).stream()
                .map(level -> level.getDomAttribute("data-level")).filter(level -> !level.equals("none"))
                .map(Integer::valueOf).toList();
        assertThat(sorted).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());

        waitFor(driver).until(d -> d.findElement(By.id("trend")).isDisplayed());
        assertThat(driver.findElement(By.id("trend-title")).getText()).contains("Tỉnh Cà Mau");
        assertThat(driver.findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(8);
        screenshotFrom(driver, "communes-title", "risk-map-communes-desktop");
    }

    @Test
    void aCommuneIsFoundByItsNameTypedWithoutToneMarksOrItsKind() throws Exception {
        WebDriver driver = riskMap("/risk.html");
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("dam doi");
        By result = By.cssSelector("#search-results button[data-code='" + DAM_DOI + "']");
        waitFor(driver).until(d -> !d.findElements(result).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#search-results button"))).hasSize(1);
        assertThat(driver.findElement(result).getText()).startsWith("Xã Đầm Dơi, Tỉnh Cà Mau").contains("Cấp 3");

        driver.findElement(result).click();
        By row = By.cssSelector("#commune-table tr.selected[data-code='" + DAM_DOI + "']");
        waitFor(driver).until(d -> !d.findElements(row).isEmpty());
        assertThat(driver.findElement(By.id("communes-title")).getText()).contains("Tỉnh Cà Mau");
        waitFor(driver).until(d -> d.findElement(By.id("trend-title")).getText().contains("Xã Đầm Dơi"));

        search.clear();
        search.sendKeys("xa chau hòa"); // the commune is written "Châu Hoà"
        By hoa = By.xpath("//ul[@id='search-results']//button[starts-with(., 'Xã Châu Hoà, Tỉnh Vĩnh Long')]");
        waitFor(driver).until(d -> !d.findElements(hoa).isEmpty());
        screenshotFrom(driver, "search-title", "risk-map-search-desktop");
    }

    @Test
    void aLinkToACommuneOpensItInItsProvince() throws Exception {
        WebDriver driver = riskMap("/risk.html#" + DAM_DOI); // as the citizen page links a person's commune
        By row = By.cssSelector("#commune-table tr.selected[data-code='" + DAM_DOI + "']");
        waitFor(driver).until(d -> !d.findElements(row).isEmpty());
        assertThat(driver.findElement(By.id("communes-title")).getText()).contains("Tỉnh Cà Mau");
        assertThat(driver.findElement(By.id("trend-title")).getText()).contains("Xã Đầm Dơi");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Xã Đầm Dơi");
    }

    @Test
    void aDayBeforeAnyAssessmentIsGreyAndSaysSo() throws Exception {
        WebDriver driver = riskMap("/risk.html");
        LocalDate longAgo = LocalDate.now(VietnamTime.ZONE).minusDays(400);
        WebElement date = driver.findElement(By.id("date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", date, longAgo.toString());
        driver.findElement(By.cssSelector("#date-form button[type=submit]")).click();

        waitFor(driver).until(d -> d.findElements(By.cssSelector(PROVINCES + "[data-level='none']")).size() == 34);
        assertThat(fill(driver, VINH_LONG)).isEqualTo(GREY);
        assertThat(driver.findElement(By.id("assessed")).getText()).startsWith("Chưa có đánh giá cấp độ nào");
        assertThat(driver.findElement(By.id("legend")).getText()).contains("Chưa có số liệu (xám) (34 tỉnh, thành phố)");
        assertThat(driver.getCurrentUrl()).endsWith("?date=" + longAgo);
    }

    /** The page in Vietnamese at desktop size, its translations applied. */
    private WebDriver riskMap(String path) {
        WebDriver driver = browser();
        driver.manage().window().setSize(DESKTOP);
        open(driver, "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        open(driver, path);
        return driver;
    }

    /** The page from the element with this id down, as {@link #screenshot} keeps it. */
    private static void screenshotFrom(WebDriver driver, String id, String name) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id(id)));
        screenshot(driver, name);
    }

    /** A click where the province's number is written: the label lets it through to the province. */
    /**
     * Clicks the province where its label is, once the point is on it, until its communes show:
     * the map may still be settling (its first fit, the scroll) between the look and the click, and
     * on a busy machine a click can land while it moves, so a click that opened nothing is tried
     * again, three times at most.
     */
    private static void clickOnTheMap(WebDriver driver, String province) {
        WebElement label = driver.findElement(By.cssSelector(".risk-label[data-code='" + province + "']"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        for (int attempt = 1; ; attempt++) {
            @SuppressWarnings("unchecked")
            List<Number> centre = waitFor(driver).until(d -> (List<Number>) js.executeScript("""
                    const r = arguments[0].getBoundingClientRect();
                    const x = r.left + r.width / 2, y = r.top + r.height / 2;
                    const at = document.elementFromPoint(x, y);
                    return at && at.dataset.code === arguments[1] ? [x, y] : null;""", label, province));
            new Actions(driver).moveToLocation(centre.get(0).intValue(), centre.get(1).intValue()).click().perform();
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(attempt == 3 ? 15 : 5))
                        .until(d -> d.findElement(By.id("communes")).isDisplayed()
                                && d.findElements(By.cssSelector("#commune-table tbody tr")).size() > 0);
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The computed fill of the province's path, as rgb(r, g, b). */
    private static String fill(WebDriver driver, String province) {
        return colour(driver.findElement(By.cssSelector(PROVINCES + "[data-code='" + province + "']")).getCssValue("fill"));
    }

    private static String colour(String css) {
        return Color.fromString(css).asRgb();
    }

    /** data-{key} → the level of each element: its own data-{level}, or that of the level label inside. */
    private static Map<String, String> levels(WebDriver driver, String css, String key, String level) {
        return driver.findElements(By.cssSelector(css)).stream().collect(Collectors.toMap(
                el -> el.getDomAttribute("data-" + key),
                el -> level != null ? el.getDomAttribute("data-" + level)
                        : el.findElement(By.cssSelector(".risk-level")).getDomAttribute("data-level"),
                (a, b) -> a, TreeMap::new));
    }

    private void send(String method, String path, String token, String body, int status) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, method, path, token, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
    }

    private static JsonNode json(String body) {
        return TestClients.json(body);
    }
}
