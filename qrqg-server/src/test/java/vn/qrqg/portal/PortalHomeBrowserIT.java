package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal's home page: Vietnamese by default, English at a click, the choice remembered. */
class PortalHomeBrowserIT extends BrowserTestSupport {

    @Test
    void theHomePageIsInVietnameseAndSwitchesToEnglish() {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        open(driver, "/");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("localStorage.clear()");
        open(driver, "/");

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        String heading = driver.findElement(By.tagName("h1")).getText();
        assertThat(heading).isEqualTo("Mã QR cá nhân quốc gia");

        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "The national personal QR"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector("[data-lang-choice=en]")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(driver.getTitle()).isEqualTo("QRQG — Personal QR");

        open(driver, "/"); // the choice is kept
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The national personal QR");
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Mã QR cá nhân quốc gia"));
    }

    @Test
    void theVendorScannerLibraryIsServed() throws Exception {
        var response = get("/vendor/jsQR.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jsQR");
    }
}
