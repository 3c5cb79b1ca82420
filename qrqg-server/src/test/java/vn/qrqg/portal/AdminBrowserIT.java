package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;

/** The operators' page: sign in, certify a pending app, find its scans in the audit. */
class AdminBrowserIT extends BrowserTestSupport {

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
}
