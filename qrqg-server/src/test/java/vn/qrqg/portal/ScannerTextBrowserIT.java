package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.portal.ScannerCameraBrowserIT.field;
import static vn.qrqg.portal.ScannerCameraBrowserIT.issuedQr;
import static vn.qrqg.portal.ScannerCameraBrowserIT.resultWithOutcome;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.clients.TestClients.CertifiedApp;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.venues.TestVenues;

/** The scanner page without a camera: typed or pasted text, wrong credentials, a forged QR, English. */
class ScannerTextBrowserIT extends BrowserTestSupport {

    @Autowired
    RegistryImport registryImport;

    @Test
    void aHealthOfficerChecksPastedTextAndSeesAForgeryInRed() throws Exception {
        JsonNode issued = issuedQr(port, registryImport, "Lê Văn Chữ", LocalDate.of(2099, 12, 31));
        String full = issued.path("qr").path("full").asString();
        CertifiedApp scanner = TestClients.certifiedApp(port, "scan:health");
        WebDriver driver = browser();
        open(driver, "/scanner.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear()");
        open(driver, "/scanner.html");

        driver.findElement(By.id("client-id")).sendKeys(scanner.clientId());
        driver.findElement(By.id("client-secret")).sendKeys("not-the-secret");
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        WebElement error = waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
        assertThat(error.getText()).contains("không đúng");

        driver.findElement(By.id("client-secret")).clear();
        driver.findElement(By.id("client-secret")).sendKeys(scanner.clientSecret());
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("scanning")));
        assertThat(driver.findElement(By.id("who")).getText()).as("the app's name, not its client id")
                .startsWith("Test app ").contains("cán bộ y tế").doesNotContain(scanner.clientId());
        assertThat(driver.findElement(By.id("direction")).isDisplayed()).as("officials record no check-ins").isFalse();

        submitText(driver, full);
        WebElement result = resultWithOutcome(driver, "VALID");
        assertThat(field(result, "qid")).isEqualTo(issued.path("qid").asString());
        assertThat(field(result, "gender")).isEqualTo("Nữ");
        assertThat(field(result, "phone")).isEqualTo("0912******");
        assertThat(field(result, "insuranceCard")).isEqualTo("Còn hiệu lực đến 31/12/2099");
        assertThat(result.getDomAttribute("class")).contains("result-green");

        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.cssSelector("#result .result-title"), "VALID"));
        assertThat(field(driver.findElement(By.id("result")), "gender")).isEqualTo("Female");
        assertThat(field(driver.findElement(By.id("result")), "insuranceCard")).isEqualTo("Valid until 31/12/2099");
        screenshot(driver, "scanner-health-valid-en");

        String[] parts = full.split("\\|", -1);
        parts[1] = parts[1].substring(0, parts[1].length() - 1) + (parts[1].endsWith("X") ? "Y" : "X");
        submitText(driver, String.join("|", parts));
        result = resultWithOutcome(driver, "INVALID_SIGNATURE");
        assertThat(result.getDomAttribute("class")).contains("result-red");
        assertThat(result.getText()).contains("WRONG SIGNATURE").contains("Ask for their citizen ID card");
        assertThat(result.findElements(By.cssSelector("dd[data-field]"))).as("no person for a forgery").isEmpty();
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
    }

    @Test
    void aVenuePosterReadByAnOfficialSaysWhichVenueItIsNotThatNobodyWasFound() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Bún Chả Hương Liên", "restaurant");
        CertifiedApp scanner = TestClients.certifiedApp(port, "scan:health");
        WebDriver driver = browser();
        signedInAsClient(driver, "/scanner.html", scanner.clientId(), scanner.clientSecret(), "scanning");

        submitText(driver, venue.url());
        WebElement result = resultWithOutcome(driver, "VENUE");
        assertThat(result.getText()).contains("MÃ QR CỦA ĐỊA ĐIỂM").contains("Quán Bún Chả Hương Liên")
                .contains(venue.venueCode()).doesNotContain("KHÔNG TÌM THẤY");
        assertThat(result.findElements(By.cssSelector("dd[data-field]"))).as("no person").isEmpty();
    }

    @Test
    void whyATextIsRefusedIsSaidInThePagesLanguageNotInTheServersEnglish() throws Exception {
        JsonNode issued = issuedQr(port, registryImport, "Vũ Thị Lan", LocalDate.of(2099, 12, 31));
        String[] parts = issued.path("qr").path("full").asString().split("\\|", -1);
        parts[2] = "1990-02-30"; // a day that does not exist
        CertifiedApp scanner = TestClients.certifiedApp(port, "scan:venue");
        WebDriver driver = browser();
        signedInAsClient(driver, "/scanner.html", scanner.clientId(), scanner.clientSecret(), "scanning");

        submitText(driver, "xin chào, đây là một tin nhắn");
        WebElement result = resultWithOutcome(driver, "UNSUPPORTED");
        assertThat(result.findElement(By.className("result-reason")).getText())
                .isEqualTo("Đây không phải mã QR cá nhân, mã QR của địa điểm hay mã trên thẻ căn cước công dân.");
        assertThat(result.getText()).doesNotContain("not a personal QR");
        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.cssSelector("#result .result-reason"),
                "This is not a personal QR, a venue's QR or the QR of a citizen identity card."));

        submitText(driver, String.join("|", parts));
        result = resultWithOutcome(driver, "MALFORMED");
        assertThat(result.findElement(By.className("result-reason")).getText())
                .isEqualTo("Date of birth: a date that does not exist.");
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.cssSelector("#result .result-reason"),
                "Ngày sinh: ngày không có thật."));
    }

    @Test
    void withoutACameraThePageSaysToUseAPhotoOrText() throws Exception {
        CertifiedApp scanner = TestClients.certifiedApp(port, "scan:venue");
        WebDriver driver = browser();
        signedInAsClient(driver, "/scanner.html", scanner.clientId(), scanner.clientSecret(), "scanning");

        driver.findElement(By.id("camera-start")).click();
        WebElement error = waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("camera-error")));
        assertThat(error.getText()).contains("chụp ảnh mã").contains("nhập nội dung mã");
        assertThat(driver.findElement(By.id("camera-start")).isDisplayed()).as("can try again").isTrue();
    }

    /** Pastes text into the scanner's text entry and checks it. */
    static void submitText(WebDriver driver, String text) {
        WebElement box = driver.findElement(By.id("qr-text"));
        box.clear();
        // the QR text as a scanner pastes it (sendKeys would type it key by key)
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", box, text);
        driver.findElement(By.cssSelector("#text-form button[type=submit]")).click();
    }
}
