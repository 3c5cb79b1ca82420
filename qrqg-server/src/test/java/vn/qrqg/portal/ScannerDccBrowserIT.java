package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.portal.ScannerCameraBrowserIT.field;
import static vn.qrqg.portal.ScannerCameraBrowserIT.resultWithOutcome;
import static vn.qrqg.portal.ScannerTextBrowserIT.submitText;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.clients.TestClients.CertifiedApp;
import vn.qrqg.dcc.DccDecoder;
import vn.qrqg.dcc.DccPayload;
import vn.qrqg.passports.DccRevocations;
import vn.qrqg.passports.DccSigners;
import vn.qrqg.passports.DccTestCertificates;
import vn.qrqg.passports.DccTestCertificates.EuTestCertificate;
import vn.qrqg.passports.DccTestCertificates.Listed;

/**
 * The scanner page reads EU DCCs pasted as text: the verdict in words and colour, what the
 * scanner's scope sees of the certificate, in both languages, and nothing of it ever run as HTML.
 */
class ScannerDccBrowserIT extends BrowserTestSupport {
    private static final EuTestCertificate GERMAN = DccTestCertificates.euTestData("DE-1.json");

    @Autowired
    DccSigners signers;
    @Autowired
    DccRevocations revocations;

    @Test
    void aPoliceOfficerSeesThatTheGermanTestCertificateHasExpiredAndWhen() throws Exception {
        importTrustList(new Listed("DE", GERMAN.signer()));
        WebDriver driver = signedIn(Scopes.SCAN_POLICE);

        submitText(driver, GERMAN.text());
        WebElement result = resultWithOutcome(driver, "EXPIRED");
        assertThat(result.getDomAttribute("class")).contains("result-red");
        assertThat(result.findElement(By.className("result-title")).getText()).isEqualTo("HẾT HẠN — hoặc chưa có hiệu lực");
        assertThat(result.getText()).contains("Chứng nhận COVID số của EU (EU DCC)");
        assertThat(result.findElement(By.className("result-when")).getText()).startsWith("Hết hạn lúc").contains("28/01/2022");
        WebElement reason = result.findElement(By.className("result-reason"));
        assertThat(reason.getText()).isEqualTo("đã hết hạn lúc 2022-01-28T07:47:53Z");
        assertThat(reason.getDomAttribute("lang")).isEqualTo("vi");
        assertThat(field(result, "familyName")).isEqualTo("Mustermann");
        assertThat(field(result, "givenName")).isEqualTo("Erika");
        assertThat(field(result, "standardisedName")).isEqualTo("MUSTERMANN<<ERIKA");
        assertThat(field(result, "dateOfBirth")).isEqualTo("12/08/1964");
        assertThat(field(result, "uvci")).isEqualTo("URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#W");
        assertThat(field(result, "issuingCountry")).endsWith("(DE)");
        assertThat(field(result, "issuer")).isEqualTo("Robert Koch-Institut");
        assertThat(field(result, "trust")).startsWith("Danh sách tin cậy nhập từ EU").endsWith("(DE)");
        assertThat(result.findElements(By.cssSelector("dd[data-field=vaccination], dd[data-field=type]")))
                .as("the police see no health data").isEmpty();
        assertThat(result.getText()).contains("Không chấp nhận chứng nhận này");
        List<AxeCheck.Violation> found = new ArrayList<>(AxeCheck.violations(driver, "/scanner.html expired DCC (vi)"));

        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.cssSelector("#result .result-title"), "EXPIRED — or not valid yet"));
        result = driver.findElement(By.id("result"));
        assertThat(result.findElement(By.className("result-when")).getText()).startsWith("Expired at").contains("28/01/2022");
        assertThat(field(result, "trust")).startsWith("The imported EU trust list").endsWith("(DE)");
        assertThat(result.findElement(By.className("result-reason")).getDomAttribute("lang"))
                .as("the reason stays in the language it was asked in, and says so").isEqualTo("vi");
        found.addAll(AxeCheck.violations(driver, "/scanner.html expired DCC (en)"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", result.findElement(By.tagName("dl")));
        screenshot(driver, "scanner-dcc-expired-en");
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        assertNoneBlocking(found);
    }

    @Test
    void aHealthOfficerSeesACertificateOfThePlatformsOwnSignerValidWithItsDose() throws Exception {
        String text = DccTestCertificates.vaccination(signers.active(), "VN", Instant.now());
        WebDriver driver = signedIn(Scopes.SCAN_HEALTH);

        submitText(driver, text);
        WebElement result = resultWithOutcome(driver, "VALID");
        assertThat(result.getDomAttribute("class")).contains("result-green");
        assertThat(result.findElement(By.className("result-title")).getText()).isEqualTo("HỢP LỆ — chứng nhận EU DCC");
        assertThat(result.findElement(By.className("result-when")).getText()).startsWith("Hiệu lực đến");
        assertThat(result.findElements(By.className("result-reason"))).as("nothing wrong to say").isEmpty();
        assertThat(field(result, "type")).isEqualTo("Tiêm chủng");
        assertThat(field(result, "vaccination")).startsWith("Comirnaty, mũi 2/2, ngày 01/06/2021, tại").endsWith("(VN)");
        assertThat(field(result, "trust")).startsWith("Bên ký của chính nền tảng").endsWith("(VN)");
        assertThat(field(result, "issuer")).isEqualTo("Test Ministry of Health");
        assertThat(result.findElements(By.cssSelector("dd[data-field=test], dd[data-field=recovery], dd[data-field=validity]")))
                .as("only the certificate's own entry; the validity is the verdict").isEmpty();
        assertNoneBlocking(AxeCheck.violations(driver, "/scanner.html valid DCC (vi)"));

        driver = signedIn(Scopes.SCAN_VENUE);
        submitText(driver, text);
        result = resultWithOutcome(driver, "VALID");
        assertThat(result.findElements(By.cssSelector("dd[data-field]")).stream().map(dd -> dd.getDomAttribute("data-field")))
                .as("a venue sees a short name and the birth year only").containsExactly("shortName", "birthYear");
        assertThat(field(result, "shortName")).isEqualTo("Mustermann E.");
        assertThat(field(result, "birthYear")).isEqualTo("1964");
        assertThat(result.getText()).doesNotContain("Comirnaty", "Test Ministry of Health", "URN:UVCI");

        revocations.revoke(DccDecoder.decode(text).certificate());
        submitText(driver, text);
        result = resultWithOutcome(driver, "REVOKED");
        assertThat(result.getDomAttribute("class")).contains("result-red");
        assertThat(result.findElement(By.className("result-title")).getText()).isEqualTo("CHỨNG NHẬN ĐÃ BỊ THU HỒI");
        assertThat(result.findElement(By.className("result-when")).getText()).startsWith("Thu hồi lúc");
        assertThat(result.findElement(By.className("result-reason")).getText()).startsWith("đã bị nơi cấp thu hồi lúc");
    }

    @Test
    void aCertificateOfAnUnknownSignerOrACutTextIsRefusedInWordsShowingNothingOfIt() throws Exception {
        importTrustList(new Listed("DE", GERMAN.signer()));
        String text = DccTestCertificates.vaccination(DccTestCertificates.newSigner("Stranger DSC"), "FR", Instant.now());
        WebDriver driver = signedIn(Scopes.SCAN_HEALTH);

        submitText(driver, text);
        WebElement result = resultWithOutcome(driver, "UNKNOWN_KEY");
        assertThat(result.getDomAttribute("class")).contains("result-red");
        assertThat(result.findElement(By.className("result-title")).getText()).isEqualTo("BÊN KÝ LẠ — không có trong danh sách tin cậy");
        assertThat(result.findElement(By.className("result-reason")).getText())
                .isEqualTo("bên ký không có trong danh sách tin cậy nào của nền tảng");
        assertThat(result.findElements(By.cssSelector("dd[data-field]"))).as("nothing of an unverified text").isEmpty();
        assertThat(result.getText()).doesNotContain("Mustermann");

        submitText(driver, text.substring(0, text.length() - 1) + "~");
        result = resultWithOutcome(driver, "MALFORMED");
        assertThat(result.findElement(By.className("result-title")).getText()).isEqualTo("KHÔNG ĐỌC ĐƯỢC CHỨNG NHẬN");
        assertThat(result.findElement(By.className("result-reason")).getText()).startsWith("phần sau HC1: không phải mã Base45");
        assertThat(result.findElements(By.cssSelector("dd[data-field]"))).isEmpty();
    }

    @Test
    void aNameWrittenAsHtmlIsShownAsTextAndNeverRun() throws Exception {
        String family = "<img src=x onerror=\"document.title='pwned'\">";
        String given = "<b>Erika</b>";
        String text = DccTestCertificates.vaccination(signers.active(), "VN", Instant.now(),
                new DccPayload.Person(family, given, "1964-08-12"));
        WebDriver driver = signedIn(Scopes.SCAN_HEALTH);

        submitText(driver, text);
        WebElement result = resultWithOutcome(driver, "VALID");
        assertThat(field(result, "familyName")).isEqualTo(family);
        assertThat(field(result, "givenName")).isEqualTo(given);
        assertThat(result.findElements(By.cssSelector("img, b"))).as("no element made from the certificate").isEmpty();
        assertThat(driver.getTitle()).isNotEqualTo("pwned");
    }

    private WebDriver signedIn(String scope) throws Exception {
        CertifiedApp scanner = TestClients.certifiedApp(port, scope);
        WebDriver driver = browser();
        signedInAsClient(driver, "/scanner.html", scanner.clientId(), scanner.clientSecret(), "scanning");
        return driver;
    }

    private void importTrustList(Listed... signers) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "PUT", "/api/v1/admin/dcc/trust-list",
                TestClients.adminToken(port), DccTestCertificates.trustList(List.of(signers)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void assertNoneBlocking(List<AxeCheck.Violation> found) {
        String blocking = found.stream().filter(AxeCheck.Violation::blocking).map(v -> "  " + v)
                .collect(Collectors.joining("\n"));
        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
    }
}
