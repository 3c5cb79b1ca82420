package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.TestClients;
import vn.qrqg.clients.TestClients.CertifiedApp;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.insurance.TestInsurance;
import vn.qrqg.venues.TestVenues;
import vn.qrqg.venues.TestVenues.NewVenue;
import vn.qrqg.venues.TestVenues.Scanner;

/**
 * The scanner page as staff and officials use it: a real QR issued through the API is shown to
 * Chromium's fake camera, read by the page (jsQR) and scanned or checked in through the API.
 */
class ScannerCameraBrowserIT extends BrowserTestSupport {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RegistryImport registryImport;

    @Test
    void anOfficialScansAPersonalQrWithTheCamera() throws Exception {
        JsonNode issued = issuedQr(port, registryImport, "Nguyễn Thị Camera");
        CertifiedApp scanner = TestClients.certifiedApp(port, "scan:venue");
        JsonNode expected = scanThroughTheApi(scanner, "scan:venue", issued.path("qr").path("masked").asString());

        Path video = FakeCameraVideo.showing(issued.path("qr").path("masked").asString());
        WebDriver camera = startChromiumWithFakeCamera(video);
        try {
            camera.manage().window().setSize(PHONE);
            signIn(camera, scanner.clientId(), scanner.clientSecret());
            camera.findElement(By.id("camera-start")).click();
            WebElement result = resultWithOutcome(camera, "VALID");

            assertThat(result.findElement(By.className("result-title")).getText()).isEqualTo("HỢP LỆ");
            assertThat(field(result, "shortName")).isEqualTo(expected.path("person").path("shortName").asString())
                    .startsWith("Nguyễn");
            assertThat(field(result, "birthYear")).isEqualTo("1925");
            String colour = expected.path("person").path("covidCard").path("colour").asString();
            assertThat(result.findElement(By.className("card-badge")).getDomAttribute("data-colour")).isEqualTo(colour);
            assertThat(result.findElements(By.cssSelector("dd[data-field]"))).as("scan:venue's fields only").hasSize(2);
            assertThat(camera.switchTo().activeElement()).as("focus on the result").isEqualTo(result);
            screenshot(camera, "scanner-camera-valid");
        } finally {
            camera.quit();
            Files.deleteIfExists(video);
        }
    }

    @Test
    void aVenueStaffScannerChecksAVisitorInWithTheCamera() throws Exception {
        JsonNode issued = issuedQr(port, registryImport, "Trần Văn Khách");
        NewVenue venue = TestVenues.newVenue(port, "Quán Cơm Camera", "restaurant");
        Scanner staff = TestVenues.staffScanner(port, venue);

        Path video = FakeCameraVideo.showing(issued.path("qr").path("full").asString());
        WebDriver camera = startChromiumWithFakeCamera(video);
        try {
            signIn(camera, staff.clientId(), staff.clientSecret());
            assertThat(camera.findElement(By.id("direction")).isDisplayed()).isTrue();
            camera.findElement(By.id("camera-start")).click();
            WebElement result = resultWithOutcome(camera, "VALID");
            assertThat(result.findElement(By.className("result-subtitle")).getText())
                    .startsWith("Đã ghi VÀO Quán Cơm Camera");
        } finally {
            camera.quit();
            Files.deleteIfExists(video);
        }

        String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        HttpResponse<String> history = TestClients.send(port, "GET",
                "/api/v1/venues/" + venue.venueCode() + "/history?day=" + day, venue.ownerToken(), null);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        JsonNode page = TestClients.json(history.body());
        assertThat(page.path("total").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("direction").asString()).isEqualTo("IN");
        assertThat(page.path("items").get(0).path("source").asString()).isEqualTo("STAFF");
        assertThat(page.path("items").get(0).path("person").path("shortName").asString()).startsWith("Trần");
    }

    /**
     * A person put in the registry whose QR an official issued in person: {qid, qr: {masked, full},
     * holderToken, …}.
     */
    static JsonNode issuedQr(int port, RegistryImport registryImport, String name) throws Exception {
        return issuedQr(port, registryImport, name, null);
    }

    /** With a health-insurance card valid until {@code insuredUntil}, when it is not null, its number in the QR. */
    static JsonNode issuedQr(int port, RegistryImport registryImport, String name, LocalDate insuredUntil)
            throws Exception {
        Person person = TestPeople.registered(registryImport, name, 1925, Gender.FEMALE);
        String insurance = "";
        if (insuredUntil != null) {
            String card = TestInsurance.randomNumber();
            TestInsurance.card(port, card, person.documentNumber(), LocalDate.of(2021, 1, 1), insuredUntil);
            insurance = ",\"insuranceNumber\":\"" + card + "\"";
        }
        String token = TestClients.certifiedApp(port, "qr:in-person").token(port, "qr:in-person");
        HttpResponse<String> issued = TestClients.send(port, "POST", "/api/v1/citizens/qr", token,
                person.body("\"phone\":\"0912345678\"" + insurance));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return TestClients.json(issued.body());
    }

    private JsonNode scanThroughTheApi(CertifiedApp scanner, String scope, String text) throws Exception {
        HttpResponse<String> scan = TestClients.send(port, "POST", "/api/v1/scans", scanner.token(port, scope),
                JSON.writeValueAsString(java.util.Map.of("text", text)));
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        return TestClients.json(scan.body());
    }

    void signIn(WebDriver driver, String clientId, String secret) {
        open(driver, "/scanner.html");
        driver.findElement(By.id("client-id")).sendKeys(clientId);
        driver.findElement(By.id("client-secret")).sendKeys(secret);
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("scanning")));
    }

    static WebElement resultWithOutcome(WebDriver driver, String outcome) {
        waitFor(driver).until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", outcome));
        return driver.findElement(By.id("result"));
    }

    static String field(WebElement result, String name) {
        return result.findElement(By.cssSelector("dd[data-field=" + name + "]")).getText();
    }
}
