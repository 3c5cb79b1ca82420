package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * "Ai đã xem dữ liệu của tôi" in Chromium: after a police check and a café visit, the person's page
 * lists both under today's heading, in plain Vietnamese and nothing else; "Tôi không nhận ra lần xem
 * này" on the police check opens a prefilled report beside it, which sends an UNRECOGNISED_READ
 * report linked to that read.
 */
class AccessLogBrowserIT extends BrowserTestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RegistryImport registry;

    @Test
    void afterAPoliceCheckAndACafeVisitThePageListsBothUnderTodayAndAReadIsReported() throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registered(registry, "Lê Thị Mai", 1985, Gender.FEMALE, ",phone", "," + phone);
        WebDriver driver = browser();
        driver.manage().window().setSize(PHONE);
        CitizenBrowsing citizen = freshCitizen();
        citizen.signIn(phone);
        citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '2');
        String qr = CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"));
        citizen.waiting().until(d -> hash(d).startsWith("#/people/"));
        String qid = hash(driver).substring("#/people/".length()).replaceAll("/.*", "");

        scanned(policeScanner("Công an phường Hàng Bạc"), qr);
        TestVenues.NewVenue cafe = TestVenues.newVenue(port, "Cà phê Hạt Dẻ", "RESTAURANT");
        HttpResponse<String> visit = TestClients.send(port, "POST", "/api/v1/checkins",
                TestVenues.staffScanner(port, cafe).token(port), JSON.writeValueAsString(Map.of("text", qr, "direction", "IN")));
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);

        open(driver, "/#/people/" + qid + "/access-log");
        driver.navigate().refresh(); // the page read the log when the person was declared, before the reads
        citizen.waiting().until(d -> d.findElements(By.cssSelector("#access-log .access-read")).size() == 2);
        List<WebElement> days = driver.findElements(By.cssSelector("#access-log .access-day"));
        assertThat(days).as("both reads were today").hasSize(1);
        assertThat(days.getFirst().findElement(By.tagName("h4")).getText()).startsWith("Hôm nay — ");
        List<WebElement> reads = driver.findElements(By.cssSelector("#access-log .access-read"));
        assertThat(reads.get(0).getText()).contains("Cà phê Hạt Dẻ đã xem họ tên rút gọn, năm sinh, thẻ COVID",
                "Lý do: Quét mã khi vào hoặc ra địa điểm.");
        assertThat(reads.get(1).getText()).contains("Công an phường Hàng Bạc (Bộ Công an) đã xem", "họ tên", "địa chỉ",
                "Lý do: Công an kiểm tra giấy tờ.", "Kết quả: mã hợp lệ");
        assertThat(driver.findElement(By.id("access-log")).getText()).doesNotContain("/api/", "POST", "GET");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('access-log-section').scrollIntoView()");
        screenshot(driver, "access-log-phone");

        String accessId = reads.get(1).getDomAttribute("data-access-id");
        WebElement notMe = reads.get(1).findElement(By.tagName("button"));
        assertThat(notMe.getText()).isEqualTo("Tôi không nhận ra lần xem này");
        notMe.click();
        WebElement text = citizen.visible("#access-report-" + accessId);
        assertThat(text.getDomProperty("value")).startsWith("Tôi không nhận ra lần xem này: ").contains("Công an phường Hàng Bạc");
        assertThat(driver.switchTo().activeElement()).as("the keyboard lands in the form").isEqualTo(text);
        reads.get(1).findElement(By.cssSelector("form button[type=submit]")).click();
        String sent = citizen.textIn("#access-log .access-read .notice", "Đã gửi phản ánh số");
        assertThat(sent).matches("Đã gửi phản ánh số PA-\\d{4}-\\d{6}\\..*");
        assertThat(asOwner().sql("""
                        select r.category from feedback_report r join feedback_report_read l using (report_id)
                        where l.access_id = :id""").param("id", Long.parseLong(accessId)).query(String.class).list())
                .containsExactly("UNRECOGNISED_READ");

        // the officials who handle it see the read with the report
        String trackingNumber = sent.replaceAll(".*(PA-\\d{4}-\\d{6}).*", "$1");
        TestClients.CertifiedApp officials = TestClients.certifiedApp(port, Scopes.FEEDBACK_HANDLE);
        driver.manage().window().setSize(DESKTOP);
        signedInAsClient(driver, "/feedback.html", officials.clientId(), officials.clientSecret(), "working");
        open(driver, "/feedback.html#report/" + trackingNumber);
        String who = citizen.textIn("#detail [data-field=readWho]", "Công an phường Hàng Bạc");
        assertThat(who).isEqualTo("Công an phường Hàng Bạc — Bộ Công an");
        assertThat(driver.findElement(By.cssSelector("#detail [data-field=readWhy]")).getText())
                .isEqualTo("Công an kiểm tra giấy tờ");
        assertThat(driver.findElement(By.cssSelector("#detail [data-field=readFields]")).getText()).contains("họ tên");
        driver.manage().window().setSize(PHONE);
    }

    private static String hash(WebDriver driver) {
        String url = driver.getCurrentUrl();
        return url.contains("#") ? url.substring(url.indexOf('#')) : "";
    }

    private String policeScanner(String name) throws Exception {
        String admin = TestClients.adminToken(port);
        JsonNode app = TestClients.json(TestClients.send(port, "POST", "/api/v1/admin/apps", admin,
                JSON.writeValueAsString(Map.of("name", name, "operator", "Bộ Công an", "scopes", List.of(Scopes.SCAN_POLICE))))
                .body());
        TestClients.send(port, "POST", "/api/v1/admin/apps/" + app.path("appId").asString() + "/status", admin,
                "{\"status\":\"CERTIFIED\"}");
        return TestClients.token(port, app.path("clientId").asString(), app.path("clientSecret").asString(),
                Scopes.SCAN_POLICE);
    }

    private void scanned(String scanner, String text) throws Exception {
        HttpResponse<String> scan = TestClients.send(port, "POST", "/api/v1/scans", scanner,
                JSON.writeValueAsString(Map.of("text", text)));
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        assertThat(TestClients.json(scan.body()).path("outcome").asString()).isEqualTo("VALID");
    }
}
