package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.personal.Qid;

/** The operators' page: sign in, certify a pending app, find its scans in the audit, see unusual readers. */
class AdminBrowserIT extends BrowserTestSupport {

    @Autowired
    AuditTrail audit;

    @Test
    void anOperatorCertifiesAPendingAppAndLooksUpItsReads() throws Exception {
        String name = "Máy quét chờ duyệt " + UUID.randomUUID();
        HttpResponse<String> created = TestClients.send(port, "POST", "/api/v1/admin/apps", TestClients.adminToken(port),
                "{\"name\":\"" + name + "\",\"operator\":\"Sở Y tế\",\"scopes\":[\"scan:venue\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = TestClients.json(created.body());
        String clientId = app.path("clientId").asString();

        WebDriver driver = browser();
        driver.manage().window().setSize(DESKTOP);
        signedInAsClient(driver, "/admin.html", "admin", TestClients.adminSecret(), "operator");

        By row = By.cssSelector("#apps-table tr[data-client-id='" + clientId + "']");
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(row, "Chờ cấp phép"));
        driver.findElement(row).findElement(By.tagName("button")).click();
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(row, "Đã cấp phép"));
        HttpResponse<String> now = TestClients.send(port, "GET", "/api/v1/admin/apps/" + app.path("appId").asString(),
                TestClients.adminToken(port), null);
        assertThat(TestClients.json(now.body()).path("status").asString()).isEqualTo("CERTIFIED");

        String token = TestClients.token(port, clientId, app.path("clientSecret").asString(), "scan:venue");
        assertThat(TestClients.send(port, "POST", "/api/v1/scans", token, "{\"text\":\"not a QR\"}").statusCode()).isEqualTo(200);
        driver.findElement(By.cssSelector("#audit-form input[value=clientId]")).click();
        driver.findElement(By.id("audit-value")).sendKeys(clientId);
        driver.findElement(By.cssSelector("#audit-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.id("audit-total"), "1 bản ghi, mới nhất trước."));
        assertThat(driver.findElement(By.cssSelector("#audit-table tbody tr")).getText())
                .contains(clientId, "POST /api/v1/scans", "UNSUPPORTED");
        screenshot(driver, "admin-desktop");
        driver.manage().window().setSize(PHONE);
    }

    @Test
    void anOperatorNarrowsTheAuditByAppAndScopeAndSeesAnUnusualReaderOnAChartAndInATable() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.SCAN_POLICE, Scopes.SCAN_HEALTH);
        UUID appId = UUID.fromString(app.appId());
        Instant now = Instant.now();
        List<AuditEntry> entries = new ArrayList<>();
        for (String scope : List.of(Scopes.SCAN_HEALTH, Scopes.SCAN_POLICE, Scopes.SCAN_HEALTH)) {
            entries.add(read(now.minusSeconds(entries.size() + 1), app.clientId(), appId, scope));
        }
        // among venues' scanners reading a few people an hour, one read 300 different people
        for (int staff = 0; staff < 8; staff++) {
            String quiet = "staff-" + UUID.randomUUID();
            UUID quietApp = UUID.randomUUID();
            for (int i = 0; i < 3 + staff; i++) {
                entries.add(read(now.minusMillis(i), quiet, quietApp, Scopes.CHECKIN_VENUE));
            }
        }
        String busy = "staff-busy-" + UUID.randomUUID();
        UUID busyApp = UUID.randomUUID();
        for (int i = 0; i < 300; i++) {
            entries.add(read(now.minusMillis(i), busy, busyApp, Scopes.CHECKIN_VENUE));
        }
        audit.recordAll(entries);

        WebDriver driver = browser();
        driver.manage().window().setSize(DESKTOP);
        signedInAsClient(driver, "/admin.html", "admin", TestClients.adminSecret(), "operator");
        By appOption = By.cssSelector("#audit-app option[value='" + app.appId() + "']");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(appOption));
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit-scope option[value='scan:health']")));
        new Select(driver.findElement(By.id("audit-app"))).selectByValue(app.appId());
        new Select(driver.findElement(By.id("audit-scope"))).selectByValue(Scopes.SCAN_HEALTH);
        driver.findElement(By.cssSelector("#audit-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.id("audit-total"), "2 bản ghi, mới nhất trước."));
        for (WebElement row : driver.findElements(By.cssSelector("#audit-table tbody tr"))) {
            assertThat(row.getText()).contains(app.clientId() + " (scan:health)");
        }

        By flagged = By.cssSelector("#unusual-flagged tr[data-client-id='" + busy + "']");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(flagged));
        assertThat(driver.findElement(flagged).getText()).contains("Nhân viên địa điểm", "300");
        waitFor(driver).until(ExpectedConditions.attributeContains(By.id("unusual-chart"), "aria-label", "Biểu đồ đường"));
        Object lines = ((JavascriptExecutor) driver).executeScript("const chart = window.Chart?.getChart("
                + "document.getElementById('unusual-chart')); return chart ? chart.data.datasets.map(d => d.label) : null;");
        assertThat(lines.toString()).as("a line for the reader and its kind's threshold")
                .contains(busy, "Ngưỡng: Nhân viên địa điểm");
        assertThat(driver.findElement(By.id("unusual-hours")).getText()).as("the chart's figures as a table")
                .contains(busy, "300");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('unusual-flagged').scrollIntoView()");
        screenshot(driver, "admin-unusual-readers");
    }

    private static AuditEntry read(Instant at, String clientId, UUID appId, String scope) {
        return new AuditEntry(at, clientId, appId, scope, Qid.generate().value(), null, List.of("shortName"),
                "POST /api/v1/scans", "VALID");
    }
}
