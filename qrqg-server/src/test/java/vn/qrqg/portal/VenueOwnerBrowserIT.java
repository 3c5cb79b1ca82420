package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.venues.TestVenues;

/** The venue owner's page: register with the SMS code, the poster, a staff scanner, the day's chart. */
class VenueOwnerBrowserIT extends BrowserTestSupport {

    @Autowired
    RegistryImport registryImport;

    @Test
    void anOwnerRegistersGetsThePosterAndAddsAndRemovesAStaffScanner() throws Exception {
        WebDriver driver = browser();
        open(driver, "/venue.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear()");
        open(driver, "/venue.html");
        String phone = TestVenues.randomPhone();

        fill(driver, Map.of("r-name", "Tiệm Bánh Mì Cô Ba",
                "r-address", "Số 5 Hàng Bông", "r-owner", "Phạm Thị Ba", "r-phone", phone));
        new Select(driver.findElement(By.id("r-type"))).selectByValue("shop");
        driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        WebElement fieldError = waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("r-commune-error")));
        assertThat(fieldError.getText()).startsWith("Xã, phường:");
        assertThat(driver.findElement(By.id("r-commune")).getDomAttribute("aria-invalid")).isEqualTo("true");

        // province and commune are picked by name, as on the citizen page, not typed as codes
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#r-province option[value='01']")));
        Select province = new Select(driver.findElement(By.id("r-province")));
        province.selectByValue("01");
        assertThat(province.getFirstSelectedOption().getText()).isEqualTo("Thành phố Hà Nội");
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#r-commune option[value='00004']")));
        new Select(driver.findElement(By.id("r-commune"))).selectByValue("00004");
        driver.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(driver.findElement(By.id("confirm-hint")).getText()).contains(phone);
        fill(driver, Map.of("c-code", TestVenues.codeSentTo(port, phone)));
        driver.findElement(By.cssSelector("#confirm-form button[type=submit]")).click();

        waitFor(driver).until(ExpectedConditions.textToBe(By.id("venue-name"), "Tiệm Bánh Mì Cô Ba"));
        String venueCode = driver.findElement(By.id("venue-code")).getText();
        String ownerToken = driver.findElement(By.id("owner-token")).getText();
        assertThat(ownerToken).as("the owner token, shown to be saved").startsWith("qo_");
        assertThat(driver.findElement(By.id("venue-address")).getText()).contains("Phường Ba Đình");

        HttpResponse<byte[]> poster = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(driver.findElement(By.id("poster-link")).getDomProperty("href")))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("application/pdf");

        fill(driver, Map.of("s-name", "Lý Văn Quét", "s-phone", TestVenues.randomPhone()));
        driver.findElement(By.cssSelector("#staff-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-credentials")));
        String clientId = driver.findElement(By.id("new-client-id")).getText();
        String secret = driver.findElement(By.id("new-client-secret")).getText();
        waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#staff-table tbody tr"), 1));
        assertThat(driver.findElement(By.cssSelector("#staff-table tbody tr")).getText()).contains("Lý Văn Quét", clientId);

        // the one-time link, as a QR and as text: the staff phone opens it and is signed in, no secret typed
        waitFor(driver).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const qr = document.getElementById('enrol-qr'); return qr.complete && qr.naturalWidth > 0"));
        String link = driver.findElement(By.id("enrol-link")).getDomProperty("value");
        assertThat(link).contains("/scanner.html#enrol=");
        String fragment = link.substring(link.indexOf('#'));
        String venueTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open(driver, "/scanner.html" + fragment);
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("scanning")));
        assertThat(driver.findElement(By.id("who")).getText()).startsWith("Lý Văn Quét · Tiệm Bánh Mì Cô Ba");
        assertThat(driver.getCurrentUrl()).as("the code leaves the address bar").doesNotContain("enrol");
        // the credential stays on the phone: a new tab of the scanner is signed in again
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        open(driver, "/scanner.html");
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("scanning")));
        // the enrolled scanner checks a visitor in; the owner sees it in the day's chart and list
        String qr = ScannerCameraBrowserIT.issuedQr(port, registryImport, "Đỗ Thị Khách").path("qr").path("masked").asString();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('qr-text').value = arguments[0]", qr);
        driver.findElement(By.cssSelector("#text-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Đã ghi VÀO Tiệm Bánh Mì Cô Ba"));
        // the link works once
        open(driver, "/scanner.html" + fragment);
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "đã được dùng"));
        driver.close();
        driver.switchTo().window(venueTab);
        int hour = LocalTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getHour();
        driver.findElement(By.cssSelector("#history-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#history-table tbody tr"), 1));
        assertThat(driver.findElement(By.cssSelector("#chart rect.in[data-hour='" + hour + "']")).getDomAttribute("data-count"))
                .isEqualTo("1");
        assertThat(driver.findElement(By.id("history-totals")).getText()).isEqualTo("Vào: 1 lượt. Ra: 0 lượt.");
        assertThat(driver.findElement(By.cssSelector("#history-table tbody tr")).getText()).contains("Đỗ T. K.", "Nhân viên quét");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('history').scrollIntoView()");
        screenshot(driver, "venue-owner-history");

        // a new link for the member: another code, no secret shown
        driver.findElement(By.cssSelector("#staff-table tbody tr button[data-action=new-link]")).click();
        driver.switchTo().alert().accept();
        waitFor(driver).until(d -> !d.findElement(By.id("enrol-link")).getDomProperty("value").equals(link));
        assertThat(driver.findElement(By.id("new-secret")).isDisplayed()).isFalse();

        driver.findElement(By.cssSelector("#staff-table tbody tr button[data-action=remove]")).click();
        driver.switchTo().alert().accept();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-empty")));
        assertThat(TestClients.requestToken(port, clientId, secret, "checkin:venue").statusCode())
                .as("a scanner with a new secret, then removed, gets no token").isEqualTo(401);

        open(driver, "/venue.html"); // the owner token is kept in this browser
        waitFor(driver).until(ExpectedConditions.textToBe(By.id("venue-code"), venueCode));
    }

    private static void fill(WebDriver driver, Map<String, String> values) {
        values.forEach((id, value) -> {
            WebElement input = driver.findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
    }
}
