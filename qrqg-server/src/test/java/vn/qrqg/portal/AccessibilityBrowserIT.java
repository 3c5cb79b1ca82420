package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.portal.ScannerCameraBrowserIT.issuedQr;
import static vn.qrqg.portal.ScannerCameraBrowserIT.resultWithOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.clients.TestClients.CertifiedApp;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * axe-core on every page of the portal, in Vietnamese and in English, signed out and in the
 * signed-in states people spend their time in: no violation of impact serious or critical. Each
 * test checks all its pages before it fails, and the failure lists every violation (rule, element,
 * help); all of them, minor and moderate too, and what axe could not decide (its "incomplete",
 * to be looked at by a person, never failing) are written to qrqg-server/target/accessibility/{test}.txt.
 */
class AccessibilityBrowserIT extends BrowserTestSupport {
    /** What a page draws after it is ready, to wait for before it is checked. */
    private static final Map<String, String> DRAWN = Map.of("/risk.html", "#legend li");

    @Autowired
    RegistryImport registry;

    @Test
    void everyPageSignedOutHasNoSeriousOrCriticalViolationInEitherLanguage() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Cơm Tấm Bà Ba", "restaurant");
        WebDriver driver = browser();
        driver.manage().window().setSize(PHONE);
        List<AxeCheck.Violation> found = new ArrayList<>();
        for (String path : List.of("/", "/venue.html", "/scanner.html", "/admin.html", "/risk.html", "/officials.html",
                "/feedback.html", "/v/" + venue.venueCode())) {
            open(driver, path);
            driver.manage().deleteAllCookies(); // the platform's: a citizen signed in by another test signs out
            ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear()");
            open(driver, path);
            found.addAll(inBothLanguages(driver, path.startsWith("/v/") ? "/v/{venueCode}" : path));
        }
        assertNoneBlocking(found, "signed-out");
    }

    @Test
    void aCitizensPersonWithTheirQrCardAndFeedbackHasNoSeriousOrCriticalViolation() throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registeredWithPhone(registry, "Phạm Thị Lan", 1927, Gender.FEMALE, phone);
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Tiệm Bánh Mì Bà Lan", "shop");
        CitizenBrowsing citizen = freshCitizen();
        WebDriver driver = browser();
        citizen.signIn(phone); // the registry's phone for the person: no second code
        citizen.visible("#declare-form");
        List<AxeCheck.Violation> found = new ArrayList<>(inBothLanguages(driver, "/ signed in, no person yet"));
        citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '2');
        citizen.visible("#qr-image");
        citizen.visible("#covid-card .covid-card");
        citizen.textIn("#feedback-list", "Chưa có");
        found.addAll(inBothLanguages(driver, "/ a person: QR, card, feedback"));

        open(driver, "/v/" + venue.venueCode());
        citizen.visible("#venue-checkin");
        found.addAll(inBothLanguages(driver, "/v/{venueCode} signed in"));
        assertNoneBlocking(found, "citizen");
    }

    @Test
    void theOperatorsPageSignedInHasNoSeriousOrCriticalViolation() {
        WebDriver driver = browser();
        driver.manage().window().setSize(DESKTOP);
        try {
            signedInAsClient(driver, "/admin.html", "admin", TestClients.adminSecret(), "operator");
            waitFor(driver).until(d -> !d.findElements(By.cssSelector("#apps-table tbody tr")).isEmpty());
            assertNoneBlocking(inBothLanguages(driver, "/admin.html signed in"), "admin");
        } finally {
            driver.manage().window().setSize(PHONE);
        }
    }

    @Test
    void theScannerSignedInWithAResultHasNoSeriousOrCriticalViolation() throws Exception {
        JsonNode issued = issuedQr(port, registry, "Vũ Văn Khải");
        CertifiedApp scanner = TestClients.certifiedApp(port, "scan:health");
        WebDriver driver = browser();
        driver.manage().window().setSize(PHONE);
        signedInAsClient(driver, "/scanner.html", scanner.clientId(), scanner.clientSecret(), "scanning");
        List<AxeCheck.Violation> found = new ArrayList<>(inBothLanguages(driver, "/scanner.html signed in"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("qr-text")), issued.path("qr").path("full").asString());
        driver.findElement(By.cssSelector("#text-form button[type=submit]")).click();
        resultWithOutcome(driver, "VALID");
        found.addAll(inBothLanguages(driver, "/scanner.html a VALID result"));
        assertNoneBlocking(found, "scanner");
    }

    @Test
    void theVenueOwnersOfficialsAndFeedbackPagesSignedInHaveNoSeriousOrCriticalViolation() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Hiệu Thuốc Minh Châu", "shop");
        CertifiedApp officials = TestClients.certifiedApp(port, Scopes.RISK_WRITE);
        CertifiedApp handlers = TestClients.certifiedApp(port, Scopes.FEEDBACK_HANDLE);
        WebDriver driver = browser();
        driver.manage().window().setSize(DESKTOP);
        try {
            open(driver, "/venue.html");
            ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear()");
            open(driver, "/venue.html");
            driver.findElement(By.id("t-venue")).sendKeys(venue.venueCode());
            driver.findElement(By.id("t-token")).sendKeys(venue.ownerToken());
            driver.findElement(By.cssSelector("#token-form button[type=submit]")).click();
            waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("owner")));
            List<AxeCheck.Violation> found = new ArrayList<>(inBothLanguages(driver, "/venue.html signed in"));
            ((JavascriptExecutor) driver).executeScript("localStorage.clear()"); // the owner token, kept by the page

            signedInAsClient(driver, "/officials.html", officials.clientId(), officials.clientSecret(), "working");
            found.addAll(inBothLanguages(driver, "/officials.html signed in"));
            signedInAsClient(driver, "/feedback.html", handlers.clientId(), handlers.clientSecret(), "working");
            found.addAll(inBothLanguages(driver, "/feedback.html signed in"));
            assertNoneBlocking(found, "staff");
        } finally {
            driver.manage().window().setSize(PHONE);
        }
    }

    @Test
    void theRiskMapsTablesAndTheCitizensFieldErrorsHaveNoSeriousOrCriticalViolation() throws Exception {
        WebDriver driver = browser();
        driver.manage().window().setSize(DESKTOP);
        List<AxeCheck.Violation> found = new ArrayList<>();
        try {
            open(driver, "/risk.html");
            waitFor(driver).until(d -> d.findElements(By.cssSelector("path[data-code][data-level]")).size() == 34);
            driver.findElement(By.id("table-toggle")).click();
            driver.findElement(By.cssSelector("#province-table tbody tr button")).click();
            waitFor(driver).until(d -> !d.findElements(By.cssSelector("#commune-table tbody tr")).isEmpty());
            found.addAll(inBothLanguages(driver, "/risk.html a province's communes"));
        } finally {
            driver.manage().window().setSize(PHONE);
        }

        CitizenBrowsing citizen = freshCitizen();
        citizen.type("#phone", "12");
        driver.findElement(By.cssSelector("#phone-form button[type=submit]")).click();
        citizen.visible("#message [role=alert]");
        found.addAll(inBothLanguages(driver, "/ a wrong mobile number"));
        citizen.signIn(TestVenues.randomPhone());
        citizen.visible("#declare-form");
        driver.findElement(By.cssSelector("#declare-form button[type=submit]")).click();
        citizen.visible("#declare-form [aria-invalid=true]");
        found.addAll(inBothLanguages(driver, "/ the declaration sent empty"));
        assertNoneBlocking(found, "errors-and-tables");
    }

    /** axe's violations on what driver shows, in Vietnamese then in English; leaves it in Vietnamese. */
    private static List<AxeCheck.Violation> inBothLanguages(WebDriver driver, String where) {
        List<AxeCheck.Violation> found = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            driver.findElement(By.cssSelector("[data-lang-choice=" + lang + "]")).click();
            waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
            String drawn = DRAWN.get(where);
            if (drawn != null) {
                waitFor(driver).until(d -> !d.findElements(By.cssSelector(drawn)).isEmpty());
            }
            waitFor(driver).until(d -> d.findElements(By.cssSelector("[aria-busy=true]")).isEmpty());
            found.addAll(AxeCheck.violations(driver, where + " (" + lang + ")"));
        }
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "vi"));
        return found;
    }

    private static void assertNoneBlocking(List<AxeCheck.Violation> found, String name) {
        write(found, name);
        String blocking = found.stream().filter(AxeCheck.Violation::blocking).map(v -> "  " + v)
                .collect(Collectors.joining("\n"));
        assertThat(blocking).as("axe-core's serious and critical violations (all of them in target/accessibility/%s.txt)", name)
                .isEmpty();
    }

    /** Every violation, blocking or not, grouped by rule, for people to read. */
    private static void write(List<AxeCheck.Violation> found, String name) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        found.forEach(v -> byRule.computeIfAbsent("[" + v.kind() + "] " + v.rule() + " — " + v.help(), k -> new ArrayList<>())
                .add(v.where() + ": " + v.target() + "  " + v.html()));
        StringBuilder text = new StringBuilder();
        byRule.forEach((rule, where) -> text.append(rule).append('\n')
                .append(where.stream().map(w -> "  " + w).collect(Collectors.joining("\n"))).append('\n'));
        try {
            Path file = Path.of("target/accessibility").resolve(name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.isEmpty() ? "no violations, nothing to review\n" : text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
