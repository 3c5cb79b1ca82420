package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * The citizen portal on a slow or absent network, in Chromium: a double tap on check-in while the
 * first is in flight records one check-in, its button busy meanwhile.
 */
class CitizenOfflineBrowserIT extends BrowserTestSupport {

    @Autowired
    RegistryImport registry;

    @Autowired
    JdbcClient jdbc;

    private CitizenBrowsing signedInWithAPerson(WebDriver driver, String name) throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registered(registry, name, 1950, Gender.MALE, ",phone", "," + phone);
        driver.manage().window().setSize(PHONE);
        driver.manage().deleteAllCookies();
        open(driver, "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        open(driver, "/");
        CitizenBrowsing citizen = new CitizenBrowsing(driver, port);
        citizen.signIn(phone); // the registry's phone for the person: no second code
        citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '1');
        citizen.visible("#qr-image");
        return citizen;
    }

    @Test
    void aDoubleTapOnCheckInOnASlowNetworkRecordsOneCheckIn() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Tiệm Bánh Chậm", "restaurant");
        ChromeDriver driver = (ChromeDriver) browser();
        CitizenBrowsing citizen = signedInWithAPerson(driver, "Vũ Văn Hai");
        citizen.type("#venue-code", venue.venueCode());
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(Duration.ofMillis(1500));
        driver.setNetworkConditions(slow);
        try {
            @SuppressWarnings("unchecked")
            List<Object> during = (List<Object>) driver.executeScript("""
                    const button = document.querySelector('#checkin-form button[value=IN]');
                    button.click();
                    const busy = [button.disabled, button.getAttribute('aria-busy')];
                    button.click();
                    document.querySelector('#checkin-form button[value=IN]').click();
                    return busy;""");
            assertThat(during).containsExactly(true, "true");
            citizen.textIn("#checkin-result", "Tiệm Bánh Chậm");
        } finally {
            driver.deleteNetworkConditions();
        }
        assertThat(driver.findElement(By.cssSelector("#checkin-form button[value=IN]")).isEnabled()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#checkin-form button[value=IN]")).getDomAttribute("aria-busy"))
                .isNull();
        citizen.waiting().until(d -> d.findElements(By.cssSelector("#visits-table tbody tr")).size() == 1);
        assertThat(jdbc.sql("select count(*) from checkins_event where venue_code = :v").param("v", venue.venueCode())
                .query(Long.class).single()).isEqualTo(1);
    }
}
