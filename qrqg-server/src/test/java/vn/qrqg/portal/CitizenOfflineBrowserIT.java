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
 * first is in flight records one check-in, its button busy meanwhile; with the network gone, a
 * reload shows the person's kept QR and COVID card with the time they were fetched, a form never
 * seen says so in words, and signing out forgets them.
 */
class CitizenOfflineBrowserIT extends BrowserTestSupport {

    @Autowired
    RegistryImport registry;

    @Autowired
    JdbcClient jdbc;

    private CitizenBrowsing signedInWithAPerson(WebDriver driver, String name) throws Exception {
        return signedInWithAPerson(driver, name, url("/"));
    }

    private CitizenBrowsing signedInWithAPerson(WebDriver driver, String name, String home) throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registered(registry, name, 1950, Gender.MALE, ",phone", "," + phone);
        driver.manage().window().setSize(PHONE);
        driver.manage().deleteAllCookies();
        driver.get(home);
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        driver.get(home);
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

    @Test
    void withTheNetworkGoneAReloadShowsTheKeptQrAndCardWithTheirTime() throws Exception {
        ChromeDriver driver = (ChromeDriver) browser();
        try (ForwardingProxy network = new ForwardingProxy(port)) {
            CitizenBrowsing citizen = signedInWithAPerson(driver, "Đỗ Văn Ngoại", "http://127.0.0.1:" + network.port() + "/");
            String masked = CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"));
            citizen.waiting().until(d -> kept(driver).size() >= 3); // the QR's text, its masked image, the card
            assertThat(kept(driver)).allSatisfy(url -> assertThat(url)
                    .matches("/portal/api/people/[0-9]+/(qr|qr\\.png\\?form=masked&medium=screen|covid-card)"));
            citizen.waiting().until(d -> shell(driver).contains("/assets/citizen/offline.js"));
            assertThat(shell(driver)).contains("/assets/citizen.js", "/assets/i18n/citizen.json")
                    .doesNotContain("/portal/api/");

            network.cut();
            driver.navigate().refresh();

            assertThat(citizen.textIn("#qr-offline", "Hiển thị ngoại tuyến")).startsWith("Hiển thị ngoại tuyến, cập nhật lúc");
            assertThat(CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"))).isEqualTo(masked);
            assertThat(citizen.visible("#person-name").getText()).contains("DO VAN NGOAI");
            assertThat(citizen.visible("#covid-card .covid-card").getText()).contains("Lý do");
            assertThat(citizen.textIn("#covid-offline", "cập nhật lúc")).startsWith("Hiển thị ngoại tuyến");
            assertThat(driver.findElement(By.id("visits-section")).isDisplayed()).isFalse();
            screenshot(driver, "citizen-offline-phone");

            driver.findElement(By.id("qr-toggle")).click(); // the full form was never shown here
            assertThat(citizen.textIn("#qr-offline", "chưa được lưu")).contains("dạng này của mã QR chưa được lưu");
            citizen.waiting().until(d -> !d.findElement(By.id("qr-image")).isDisplayed());
            driver.findElement(By.id("qr-toggle")).click();
            citizen.textIn("#qr-offline", "cập nhật lúc");
            assertThat(CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"))).isEqualTo(masked);

            driver.findElement(By.id("sign-out")).click();
            citizen.visible("#phone");
            assertThat(script(driver, "caches.has('qrqg-people')")).isEqualTo(false);
        }
    }

    /** The paths (and queries) of what the service worker keeps of people. */
    @SuppressWarnings("unchecked")
    private static List<String> kept(WebDriver driver) {
        Object keys = script(driver, "caches.has('qrqg-people').then((has) => has ? caches.open('qrqg-people')"
                + ".then((c) => c.keys()).then((keys) => keys.map((k) => new URL(k.url).pathname + new URL(k.url).search))"
                + " : [])");
        return (List<String>) keys;
    }

    /** The paths the service worker keeps as the app shell, as one text. */
    private static String shell(WebDriver driver) {
        return String.valueOf(script(driver, "caches.open('qrqg-shell-v1').then((c) => c.keys())"
                + ".then((keys) => keys.map((k) => new URL(k.url).pathname))"));
    }

    /** What the promise of this expression resolves to, in the page. */
    private static Object script(WebDriver driver, String promise) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; (" + promise + ").then(done, (e) => done('error: ' + e));");
    }
}
