package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * "Hộ chiếu vắc xin" in Chromium: with no dose yet, asking says there is nothing to certify; once
 * the national system pushed a dose, the request waits for its site and the button says why it
 * cannot be pressed again; after the site approves and the department signs (through the API),
 * a reload shows it issued with its end date, and its PDF link answers a PDF. axe finds nothing
 * serious in the section, in either language.
 */
class PassportPortalBrowserIT extends BrowserTestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RegistryImport registry;

    @Test
    void aCitizenRequestsAPassportSeesItAwaitTheSiteAndAfterBothStepsDownloadsIt() throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registeredWithPhone(registry, "Trịnh Thị Hạnh", 1979, Gender.FEMALE, phone);
        WebDriver driver = browser();
        driver.manage().window().setSize(PHONE);
        CitizenBrowsing citizen = freshCitizen();
        citizen.signIn(phone);
        citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '2');
        citizen.waiting().until(d -> hash(d).startsWith("#/people/"));
        String qid = hash(driver).substring("#/people/".length()).replaceAll("/.*", "");

        open(driver, "/#/people/" + qid + "/passport");
        driver.navigate().refresh();
        citizen.textIn("#passport-status", "chưa yêu cầu");
        WebElement request = citizen.visible("#passport-request");
        citizen.waiting().until(ExpectedConditions.elementToBeClickable(request));
        request.click();
        String none = citizen.textIn("#passport-result [role=alert]", "Chưa thể cấp");
        assertThat(none).contains("chưa có mũi tiêm nào");

        String site = "Trạm Y tế Phường Kim Mã " + UUID.randomUUID().toString().substring(0, 8);
        dose(person, site);
        request.click();
        String awaiting = citizen.textIn("#passport-status [data-status=AWAITING_SITE] .result-title", site);
        assertThat(awaiting).startsWith("Đang chờ cơ sở tiêm chủng " + site + " kiểm tra hồ sơ");
        citizen.textIn("#passport-result [role=status]", "Đã gửi yêu cầu");
        assertThat(request.isEnabled()).as("one request open at a time").isFalse();
        assertThat(driver.findElement(By.id("passport-request-hint")).getText()).contains("đang chờ xử lý");
        assertThat(request.getDomAttribute("aria-describedby")).isEqualTo("passport-request-hint");
        assertThat(driver.findElements(By.id("passport-pdf"))).isEmpty();
        List<AxeCheck.Violation> found = new ArrayList<>(sectionViolations(driver, "awaiting the site"));

        String id = onlyRequestAt(site);
        HttpResponse<String> approved = TestClients.send(port, "POST", "/api/v1/passports/requests/" + id
                + "/site-decision", siteApp(site), "{\"decision\":\"APPROVE\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        HttpResponse<String> signed = TestClients.send(port, "POST", "/api/v1/passports/requests/" + id + "/signature",
                TestClients.certifiedApp(port, Scopes.DCC_SIGN).token(port, Scopes.DCC_SIGN), "{\"decision\":\"SIGN\"}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);

        driver.navigate().refresh();
        request = citizen.visible("#passport-request");
        String issued = citizen.textIn("#passport-status [data-status=ISSUED] .result-title", "Đã cấp");
        int nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        assertThat(issued).as("valid 12 months").matches("Đã cấp\\. Có giá trị đến ngày \\d{2}/\\d{2}/" + nextYear + "\\.");
        assertThat(request.isEnabled()).as("a new one may be asked for once issued").isTrue();
        WebElement pdf = citizen.visible("#passport-pdf");
        assertThat(pdf.getText()).isEqualTo("Tải hộ chiếu vắc xin (PDF)");
        Object fetched = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(async (r) => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done(r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...bytes.slice(0, 5)));
                }).catch((e) => done(String(e)));""", pdf);
        assertThat(fetched).isEqualTo("200 application/pdf %PDF-");
        found.addAll(sectionViolations(driver, "issued"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('passport-section').scrollIntoView()");
        screenshot(driver, "passport-issued-phone");

        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        citizen.textIn("#passport-status [data-status=ISSUED]", "Issued. Valid until");
        assertThat(driver.findElement(By.id("passport-pdf")).getText()).isEqualTo("Download the vaccine passport (PDF)");
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        assertThat(found.stream().filter(AxeCheck.Violation::blocking).map(Object::toString).toList())
                .as("axe's serious and critical violations in the passport section").isEmpty();
    }

    /** What axe finds in the passport section, in Vietnamese and in English. */
    private List<AxeCheck.Violation> sectionViolations(WebDriver driver, String state) {
        List<AxeCheck.Violation> found = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            driver.findElement(By.cssSelector("[data-lang-choice=" + lang + "]")).click();
            waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
            waitFor(driver).until(d -> d.findElements(By.cssSelector("[aria-busy=true]")).isEmpty());
            AxeCheck.violations(driver, "passport " + state + " (" + lang + ")").stream()
                    .filter(v -> v.target().contains("passport")).forEach(found::add);
        }
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "vi"));
        return found;
    }

    /** A dose of the person the national vaccination system pushes (health:write), given at {@code site}. */
    private void dose(Person person, String site) throws Exception {
        String pusher = TestClients.certifiedApp(port, Scopes.HEALTH_WRITE).token(port, Scopes.HEALTH_WRITE);
        HttpResponse<String> pushed = TestClients.send(port, "POST", "/api/v1/health/vaccinations", pusher,
                JSON.writeValueAsString(Map.of("sourceId", UUID.randomUUID().toString(), "documentNumber",
                        person.documentNumber(), "date", "2021-10-04", "doseNumber", 2, "product", "EU/1/20/1528",
                        "lot", "FK2234", "site", site)));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
    }

    /** The one request the site's list holds. */
    private String onlyRequestAt(String site) throws Exception {
        HttpResponse<String> listed = TestClients.send(port, "GET", "/api/v1/passports/requests", siteApp(site), null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode items = TestClients.json(listed.body()).path("items");
        assertThat(items.size()).isEqualTo(1);
        return items.path(0).path("id").asString();
    }

    /** The token of a vaccination site's app (dcc:site) bound to {@code site}, as PassportTestSupport makes it. */
    private String siteApp(String site) throws Exception {
        String admin = TestClients.adminToken(port);
        HttpResponse<String> created = TestClients.send(port, "POST", "/api/v1/admin/apps", admin,
                JSON.writeValueAsString(Map.of("name", "Site " + UUID.randomUUID(), "operator", "Sở Y tế Hà Nội",
                        "scopes", List.of(Scopes.DCC_SITE), "vaccinationSite", site)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = TestClients.json(created.body());
        assertThat(TestClients.send(port, "POST", "/api/v1/admin/apps/" + app.path("appId").asString() + "/status",
                admin, "{\"status\":\"CERTIFIED\"}").statusCode()).isEqualTo(200);
        return TestClients.token(port, app.path("clientId").asString(), app.path("clientSecret").asString(),
                Scopes.DCC_SITE);
    }

    private static String hash(WebDriver driver) {
        String url = driver.getCurrentUrl();
        return url.contains("#") ? url.substring(url.indexOf('#')) : "";
    }
}
