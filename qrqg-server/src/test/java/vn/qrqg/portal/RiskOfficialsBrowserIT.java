package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.clients.TestClients.CertifiedApp;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.risk.TestRiskLevels;

/**
 * The province officials' page (/officials.html) in Chromium, as the issue's "done when" asks: an
 * app of Lâm Đồng's officials (risk:write, limited to it) signs in, declares a commune's level 3
 * by decision and sees it on the public map at once, is refused in words for a commune of Hà Nội,
 * enters treatment capacity as not met, and lifts the declaration. Lâm Đồng is left to this class
 * by the other risk tests; what it declares and enters is undone at the end.
 */
class RiskOfficialsBrowserIT extends BrowserTestSupport {
    private static final String LAM_DONG = "68";
    private static final String HA_NOI = "01";

    @Autowired
    AdministrativeAreas areas;

    @Test
    void anOfficialDeclaresALevelThatTheMapShowsAtOnceIsRefusedElsewhereAndLiftsIt() throws Exception {
        TestRiskLevels.assessedToday(port); // so that the map has today's capacity to show
        CertifiedApp app = TestClients.certifiedApp(port, Scopes.RISK_WRITE);
        HttpResponse<String> limited = TestClients.send(port, "PUT", "/api/v1/admin/apps/" + app.appId() + "/provinces",
                TestClients.adminToken(port), "{\"provinces\":[\"" + LAM_DONG + "\"]}");
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        String commune = areas.communesOf(LAM_DONG).getFirst().code();
        String hanoi = areas.communesOf(HA_NOI).getFirst().code();
        String officials = app.token(port, Scopes.RISK_WRITE);
        try {
            WebDriver driver = signedIn(app);

            driver.findElement(By.cssSelector("#declare-form button[type=submit]")).click();
            waitFor(driver).until(d -> !d.findElements(By.id("reason-error")).isEmpty());
            assertThat(driver.findElement(By.id("commune-error")).getText()).startsWith("Xã, phường, đặc khu:");
            assertThat(driver.findElement(By.id("level-error")).getText()).startsWith("Cấp độ:");
            assertThat(driver.findElement(By.id("decision-number-error")).getText()).startsWith("Số quyết định:");
            assertThat(driver.findElement(By.id("reason")).getDomAttribute("aria-invalid")).isEqualTo("true");

            declare(driver, LAM_DONG, commune, "3", "9/QĐ-UBND");
            WebElement outcome = waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-body")));
            waitFor(driver).until(d -> outcome.getText().contains("Đã công bố Cấp 3"));
            assertThat(outcome.findElement(By.cssSelector("[data-field=level] .risk-level")).getDomAttribute("data-level"))
                    .isEqualTo("3");
            assertThat(outcome.findElement(By.cssSelector("[data-field=level]")).getText()).isEqualTo("Cấp 3 – Nguy cơ cao (cam)");
            assertThat(outcome.findElement(By.cssSelector("[data-field=declared]")).getText())
                    .contains("Quyết định 9/QĐ-UBND", "Ổ dịch tại chợ");
            assertThat(driver.findElement(By.id("outcome-link")).getDomAttribute("href")).isEqualTo("/risk.html#" + commune);
            waitFor(driver).until(d -> !d.findElements(By.cssSelector("#declared-table tr[data-code='" + commune + "']")).isEmpty());
            driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
            assertThat(driver.findElement(By.cssSelector("#outcome-body [data-field=level]")).getText())
                    .isEqualTo("Level 3 – High risk (orange)");
            driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();

            JsonNode item = publicItem(LAM_DONG, commune);
            assertThat(item.path("level").asInt()).isEqualTo(3);
            assertThat(item.path("declared").path("decisionNumber").asString()).isEqualTo("9/QĐ-UBND");
            driver.findElement(By.id("outcome-link")).click();
            By row = By.cssSelector("#commune-table tr.selected[data-code='" + commune + "']");
            waitFor(driver).until(d -> !d.findElements(row).isEmpty());
            assertThat(driver.findElement(row).getText()).contains("Cấp 3 – Nguy cơ cao (cam)", "Quyết định 9/QĐ-UBND");

            open(driver, "/officials.html"); // still signed in: the token is kept for the tab
            waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("working")));
            declare(driver, HA_NOI, hanoi, "4", "10/QĐ-UBND");
            WebElement refused = waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("declare-error")));
            assertThat(refused.getText()).contains("không được làm việc này cho tỉnh, thành phố đó");
            assertThat(publicItem(HA_NOI, hanoi).has("declaredLevel")).isFalse();

            new Select(driver.findElement(By.id("province"))).selectByValue(LAM_DONG);
            driver.findElement(By.id("met-false")).click();
            driver.findElement(By.id("capacity-note")).sendKeys("Hết giường hồi sức tích cực");
            driver.findElement(By.cssSelector("#capacity-form button[type=submit]")).click();
            waitFor(driver).until(d -> d.findElement(By.id("outcome-body")).getText()
                    .contains("năng lực điều trị của Tỉnh Lâm Đồng không đáp ứng"));
            assertThat(driver.findElement(By.cssSelector("#outcome-body [data-field=capacityMet]")).getText())
                    .isEqualTo("Không đáp ứng");
            assertThat(driver.findElement(By.id("outcome-link")).getDomAttribute("href")).isEqualTo("/risk.html#" + LAM_DONG);
            screenshot(driver, "officials-capacity");

            driver.findElement(By.cssSelector("#declared-table tr[data-code='" + commune + "'] button")).click();
            waitFor(driver).until(d -> d.findElement(By.id("outcome-body")).getText().contains("Đã gỡ cấp độ công bố"));
            waitFor(driver).until(d -> d.findElements(By.cssSelector("#declared-table tr[data-code='" + commune + "']")).isEmpty());
            assertThat(publicItem(LAM_DONG, commune).has("declaredLevel")).isFalse();
        } finally {
            TestRiskLevels.lifted(port, officials, commune);
            TestClients.send(port, "PUT", "/api/v1/risk/provinces/" + LAM_DONG + "/capacity", officials, "{\"met\":true}");
        }
    }

    /** The page, signed in as the app, in Vietnamese. */
    private WebDriver signedIn(CertifiedApp app) {
        WebDriver driver = browser();
        open(driver, "/officials.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear()");
        open(driver, "/officials.html");
        driver.findElement(By.id("client-id")).sendKeys(app.clientId());
        driver.findElement(By.id("client-secret")).sendKeys(app.clientSecret());
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("working")));
        assertThat(driver.findElement(By.id("who")).getText()).contains(app.clientId()).contains("cán bộ tỉnh");
        return driver;
    }

    private static void declare(WebDriver driver, String province, String commune, String level, String decision) {
        waitFor(driver).until(d -> !d.findElements(By.cssSelector("#province option[value='" + province + "']")).isEmpty());
        new Select(driver.findElement(By.id("province"))).selectByValue(province);
        waitFor(driver).until(d -> !d.findElements(By.cssSelector("#commune option[value='" + commune + "']")).isEmpty());
        new Select(driver.findElement(By.id("commune"))).selectByValue(commune);
        new Select(driver.findElement(By.id("level"))).selectByValue(level);
        driver.findElement(By.id("reason")).clear();
        driver.findElement(By.id("reason")).sendKeys("Ổ dịch tại chợ");
        driver.findElement(By.id("decision-number")).clear();
        driver.findElement(By.id("decision-number")).sendKeys(decision);
        driver.findElement(By.cssSelector("#declare-form button[type=submit]")).click();
    }

    /** The commune as the public API answers it today. */
    private JsonNode publicItem(String province, String commune) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "GET",
                "/api/v1/risk/levels?scope=commune&provinceCode=" + province, null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body()).path("items").valueStream()
                .filter(item -> item.path("code").asString().equals(commune)).findFirst().orElseThrow();
    }
}
