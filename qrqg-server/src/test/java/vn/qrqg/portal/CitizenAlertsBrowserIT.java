package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.tracing.TestCases;
import vn.qrqg.venues.TestVenues;

/**
 * A citizen's exposure alert in Chromium: after a case is reported where they checked in, their
 * person's page shows the F1 banner first, above the QR, with the venue and the advice in the
 * page's language; once the case is withdrawn the banner is gone and the history says withdrawn.
 */
class CitizenAlertsBrowserIT extends BrowserTestSupport {
    private static final String BANNER = "#alerts-now .alert-banner";

    @Autowired
    RegistryImport registry;

    @Test
    void anF1AlertShowsFirstInBothLanguagesAndAWithdrawnOneOnlyInTheHistory() throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registeredWithPhone(registry, "Phan Thị Mỹ Linh", 1928, Gender.FEMALE, phone);
        Person patient = TestPeople.registered(registry, "Ca Bệnh Bàn Bên", 1925, Gender.MALE);
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Phở Hạnh", "restaurant");
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        open(driver, "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        open(driver, "/");
        CitizenBrowsing citizen = new CitizenBrowsing(driver, port);
        citizen.signIn(phone); // the registry's phone for the person: no second code
        citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '2');
        citizen.visible("#qr-image");
        assertThat(citizen.textIn("#alert-history", "Không có")).isEqualTo("Không có cảnh báo tiếp xúc.");
        assertThat(driver.findElements(By.cssSelector(BANNER))).isEmpty();

        citizen.type("#venue-code", venue.venueCode());
        driver.findElement(By.cssSelector("#checkin-form button[value=IN]")).click();
        citizen.textIn("#checkin-result", "Đã check-in vào Quán Phở Hạnh");
        TestCases.cameIn(port, venue, patient);
        String health = TestCases.healthAuthority(port);
        String caseId = TestCases.reported(port, health, patient);

        WebElement banner = awaitBanner(driver, citizen);
        assertThat(banner.getDomAttribute("role")).isEqualTo("alert");
        assertThat(banner.getDomAttribute("data-level")).isEqualTo("F1");
        assertThat(banner.getText()).contains("Cảnh báo tiếp xúc F1", "Quán Phở Hạnh", "Ba Đình", "Hãy tự cách ly tại nhà")
                .doesNotContain("Ca Bệnh", "CA BENH", patient.documentNumber(), caseId, "Stay at home");
        assertThat(banner.getRect().getY()).as("first, above the QR")
                .isLessThan(driver.findElement(By.id("qr-section")).getRect().getY());
        assertThat(driver.findElement(By.id("alert-history")).getText()).isEqualTo("Chưa có cảnh báo nào đã qua.");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('person-name').scrollIntoView()");
        screenshot(driver, "citizen-alert-f1-phone");

        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        assertThat(citizen.textIn(BANNER, "Stay at home")).contains("Exposure alert: F1", "What to do", "Quán Phở Hạnh")
                .doesNotContain("Hãy tự cách ly");
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        citizen.textIn(BANNER, "Hãy tự cách ly tại nhà");

        TestCases.withdrawn(port, health, caseId);
        openPerson(driver, citizen);
        assertThat(driver.findElements(By.cssSelector(BANNER))).isEmpty();
        assertThat(citizen.textIn("#alerts-now", "đã được rút lại")).contains("Quán Phở Hạnh");
        assertThat(driver.findElement(By.id("alert-history")).getText()).contains("Cảnh báo tiếp xúc F1", "Quán Phở Hạnh",
                "Đã rút lại: ca bệnh được xác định là dương tính giả.");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('alerts-section').scrollIntoView()");
        screenshot(driver, "citizen-alert-withdrawn-phone");
    }

    /** Opens the portal again and the account's one person, until their alerts are drawn. */
    private void openPerson(WebDriver driver, CitizenBrowsing citizen) {
        open(driver, "/");
        citizen.visible(".person-choice").click();
        citizen.waiting().until(d -> !d.findElement(By.id("alert-history")).getText().isBlank());
    }

    /** Tracing runs in the background: the person's page is opened again until its banner shows. */
    private WebElement awaitBanner(WebDriver driver, CitizenBrowsing citizen) {
        return new WebDriverWait(driver, TestCases.TRACED_WITHIN.plus(Duration.ofSeconds(15)), Duration.ofMillis(500))
                .until(d -> {
                    openPerson(d, citizen);
                    return d.findElements(By.cssSelector(BANNER)).stream().findFirst().orElse(null);
                });
    }
}
