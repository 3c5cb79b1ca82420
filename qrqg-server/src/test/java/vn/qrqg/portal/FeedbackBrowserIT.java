package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.clients.TestClients.CertifiedApp;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * Citizens' feedback in Chromium, both sides: a citizen reports a wrong vaccination record with a
 * photo from their person's page, once however often the button is tapped, and sees its tracking
 * number and status; the province's officials (feedback:handle, limited to it) find it in their
 * queue on /feedback.html, see the photo, take it and answer; the citizen then reads the answer,
 * framed, on their page. Thái Nguyên is left to this class by the other tests.
 */
class FeedbackBrowserIT extends BrowserTestSupport {
    private static final String THAI_NGUYEN = "19";
    private static final String TEXT = "Thiếu mũi 3 ngày 20/11/2021 tại trạm y tế phường, hồ sơ chỉ có 2 mũi.";
    private static final String ANSWER = "Đã chuyển cho hệ thống tiêm chủng: mũi 3 sẽ được bổ sung trong 2 ngày.";

    @Autowired
    RegistryImport registry;

    @Autowired
    AdministrativeAreas areas;

    @Test
    void aCitizenReportsAWrongRecordWithAPhotoAndReadsTheAnswerTheProvincesOfficialsGaveOnTheirPage() throws Exception {
        List<AdministrativeAreas.Commune> communes = areas.communesOf(THAI_NGUYEN);
        AdministrativeAreas.Commune home = communes.get(Math.floorMod(UUID.randomUUID().hashCode(), communes.size()));
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registered(registry, "Đinh Thị Thu Hà", 1927, Gender.FEMALE, ",phone,commune_code",
                "," + phone + "," + home.code());
        String source = vaccinated(person);
        Path photo = photo();

        WebDriver driver = browser();
        driver.manage().window().setSize(PHONE);
        CitizenBrowsing citizen = freshCitizen();
        citizen.signIn(phone); // the registry's phone for the person: no second code
        citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '2');
        citizen.visible("#qr-image");
        assertThat(citizen.textIn("#feedback-list", "Chưa có")).isEqualTo("Chưa có phản ánh nào.");

        new Select(citizen.visible("#feedback-category")).selectByValue("WRONG_HEALTH_RECORD");
        citizen.waiting().until(d -> new Select(d.findElement(By.id("feedback-record"))).getOptions().size() > 1);
        Select record = new Select(citizen.visible("#feedback-record"));
        assertThat(record.getOptions().get(1).getText()).isEqualTo("Mũi 3 · 20/11/2021 · Comirnaty (Pfizer-BioNTech)");
        record.selectByIndex(1);
        citizen.type("#feedback-text", TEXT);
        assertThat(driver.findElement(By.id("feedback-text-count")).getText()).isEqualTo(TEXT.length() + "/2000 ký tự");
        citizen.waiting().until(d -> new Select(d.findElement(By.id("feedback-province"))).getOptions().size() == 35);
        new Select(driver.findElement(By.id("feedback-province"))).selectByValue(THAI_NGUYEN);
        citizen.waiting().until(d -> !d.findElements(By.cssSelector("#feedback-commune option[value='" + home.code() + "']")).isEmpty());
        new Select(driver.findElement(By.id("feedback-commune"))).selectByValue(home.code());
        driver.findElement(By.id("feedback-photo")).sendKeys(photo.toString());
        // a double tap: the second tap comes while the first is sending, and sends nothing
        ((JavascriptExecutor) driver).executeScript("const b = document.getElementById('feedback-submit'); b.click(); b.click();");

        String trackingNumber = citizen.visible("#feedback-tracking").getText();
        assertThat(trackingNumber).matches("PA-\\d{4}-\\d{6}");
        assertThat(driver.findElement(By.id("feedback-result")).getText()).startsWith("Đã gửi phản ánh. Số theo dõi: " + trackingNumber);
        By sent = By.cssSelector("#feedback-list li[data-tracking='" + trackingNumber + "']");
        citizen.waiting().until(ExpectedConditions.visibilityOfElementLocated(sent));
        assertThat(driver.findElements(By.cssSelector("#feedback-list li"))).as("one report for a double tap").hasSize(1);
        WebElement report = driver.findElement(sent);
        assertThat(report.getDomAttribute("data-status")).isEqualTo("RECEIVED");
        assertThat(report.getText()).contains("Đã tiếp nhận", "Sai hồ sơ tiêm chủng, xét nghiệm", "Hạn trả lời", TEXT);
        awaitImage(driver, "#feedback-list li[data-tracking='" + trackingNumber + "'] img.feedback-photo");
        assertThat(driver.findElement(By.id("feedback-submit")).isEnabled()).isTrue();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('feedback-result').scrollIntoView()");
        screenshot(driver, "feedback-citizen-sent-phone");

        CertifiedApp officials = officialsOf(THAI_NGUYEN);
        driver.manage().window().setSize(DESKTOP);
        signedIn(driver, officials);
        By row = By.cssSelector("#queue-table tr[data-tracking='" + trackingNumber + "']");
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(driver.findElement(row).getText()).contains("Sai hồ sơ tiêm chủng, xét nghiệm", "Đã tiếp nhận",
                "Tỉnh Thái Nguyên", "có ảnh");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('queue-total').scrollIntoView()");
        screenshot(driver, "feedback-officials-queue-desktop");
        driver.findElement(row).findElement(By.tagName("button")).click();
        awaitImage(driver, "#detail-photo");
        WebElement detail = driver.findElement(By.id("detail"));
        assertThat(driver.findElement(By.id("detail-title")).getText()).isEqualTo("Phản ánh " + trackingNumber);
        assertThat(detail.findElement(By.cssSelector("[data-field=recordKind]")).getText()).isEqualTo("Mũi tiêm");
        assertThat(detail.findElement(By.cssSelector("[data-field=source]")).getText()).contains(source);
        assertThat(detail.findElement(By.cssSelector("[data-field=commune]")).getText()).contains(home.code());
        assertThat(detail.findElement(By.cssSelector("[data-field=birthYear]")).getText()).isEqualTo("1927");
        assertThat(detail.getText()).contains(TEXT);

        // the report has its own address: a reload opens it again, Back returns to the queue, Forward to it
        assertThat(driver.getCurrentUrl()).endsWith("/feedback.html#report/" + trackingNumber);
        driver.navigate().refresh();
        awaitImage(driver, "#detail-photo");
        assertThat(driver.findElement(By.id("detail-title")).getText()).isEqualTo("Phản ánh " + trackingNumber);
        driver.navigate().back();
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
        driver.navigate().forward();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        awaitImage(driver, "#detail-photo");
        detail = driver.findElement(By.id("detail"));

        driver.findElement(By.id("assign")).click();
        waitFor(driver).until(d -> d.findElement(By.id("detail-result")).getText().contains("Bạn đã nhận xử lý phản ánh " + trackingNumber));
        assertThat(detail.findElement(By.cssSelector("[data-field=assignee]")).getText()).isEqualTo(officials.clientId());
        assertThat(detail.findElement(By.cssSelector("[data-field=status]")).getText()).isEqualTo("Đang xử lý");
        driver.findElement(By.id("answer-text")).sendKeys(ANSWER);
        driver.findElement(By.id("answer-submit")).click();
        waitFor(driver).until(ExpectedConditions.attributeToBe(By.id("detail"), "data-status", "ANSWERED"));
        assertThat(driver.findElement(By.id("detail-result")).getText()).startsWith("Đã gửi trả lời cho phản ánh " + trackingNumber);
        assertThat(detail.findElement(By.cssSelector(".feedback-answer")).getText()).contains(ANSWER);
        assertThat(driver.findElement(By.id("answer-form")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("assign")).isDisplayed()).as("taking an answered report back").isFalse();
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('#detail [data-field=recordKind]').closest('.feedback-part').scrollIntoView()");
        screenshot(driver, "feedback-officials-desktop");

        driver.manage().window().setSize(PHONE);
        open(driver, "/");
        citizen.visible(".person-choice").click();
        By answer = By.cssSelector("#feedback-list li[data-tracking='" + trackingNumber + "'] .feedback-answer");
        WebElement answered = citizen.waiting().until(ExpectedConditions.visibilityOfElementLocated(answer));
        assertThat(answered.getText()).contains("Trả lời ngày", ANSWER);
        assertThat(answered.getCssValue("border-left-width")).isNotEqualTo("0px");
        assertThat(driver.findElement(sent).getDomAttribute("data-status")).isEqualTo("ANSWERED");
        assertThat(driver.findElement(sent).getText()).contains("Đã trả lời");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(sent));
        screenshot(driver, "feedback-citizen-answered-phone");
        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        assertThat(citizen.textIn("#feedback-list", "Answer of")).contains("Answered", ANSWER);
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
    }

    /** A vaccination system pushes the person's third dose: the record a report names; answers its app's name. */
    private String vaccinated(Person person) throws Exception {
        CertifiedApp lab = TestClients.certifiedApp(port, Scopes.HEALTH_WRITE);
        HttpResponse<String> pushed = TestClients.send(port, "POST", "/api/v1/health/vaccinations",
                lab.token(port, Scopes.HEALTH_WRITE), "{\"sourceId\":\"" + UUID.randomUUID() + "\",\"documentNumber\":\""
                        + person.documentNumber() + "\",\"date\":\"2021-11-20\",\"doseNumber\":3,\"product\":\"EU/1/20/1528\"}");
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        return lab.clientId();
    }

    /** An app of the province's officials: scope feedback:handle, limited to it. */
    private CertifiedApp officialsOf(String provinceCode) throws Exception {
        CertifiedApp app = TestClients.certifiedApp(port, Scopes.FEEDBACK_HANDLE);
        HttpResponse<String> limited = TestClients.send(port, "PUT", "/api/v1/admin/apps/" + app.appId() + "/provinces",
                TestClients.adminToken(port), "{\"provinces\":[\"" + provinceCode + "\"]}");
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        return app;
    }

    /** /feedback.html, signed in as the app. */
    private void signedIn(WebDriver driver, CertifiedApp app) {
        signedInAsClient(driver, "/feedback.html", app.clientId(), app.clientSecret(), "working");
        assertThat(driver.findElement(By.id("who")).getText()).contains(app.clientId()).contains("xử lý phản ánh");
    }

    /** Waits until the image has loaded and has pixels. */
    private static void awaitImage(WebDriver driver, String css) {
        waitFor(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector(arguments[0]); return !!i && i.complete && i.naturalWidth > 0", css)));
    }

    /** A small JPEG, as a phone's camera would write it, in a temporary file the file input is given. */
    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xdce6ee));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0x0b4fa3));
        g.fillRect(20, 20, 280, 60);
        g.dispose();
        Path file = Files.createTempFile("qrqg-feedback-", ".jpg");
        file.toFile().deleteOnExit();
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }
}
