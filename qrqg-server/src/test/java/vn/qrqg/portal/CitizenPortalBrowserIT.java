package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.risk.TestRiskLevels;
import vn.qrqg.venues.TestVenues;

/**
 * The citizen portal in Chromium: sign in with the code from the reference SMS outbox, declare a
 * registered person, show and toggle their QR, the COVID card, a health and a travel declaration,
 * check in through the venue's page /v/{code}, and see the visit; the risk levels of the person's
 * commune and of their venues' communes, written out beside their colour.
 */
class CitizenPortalBrowserIT extends BrowserTestSupport {
    private static final String HUE = "46"; // a province no other test declares levels in

    @Autowired
    RegistryImport registry;

    @Autowired
    AdministrativeAreas areas;

    @Test
    void aCitizenSignsInDeclaresShowsTheQrDeclaresAndChecksIn() throws Exception {
        Person person = TestPeople.registered(registry, "Trần Thị Bích Ngọc", 1926, Gender.FEMALE);
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Cà Phê Hòa Bình", "restaurant");
        CitizenBrowsing citizen = freshCitizen();
        WebDriver driver = browser();
        screenshot(driver, "citizen-sign-in-phone");

        String phone = TestVenues.randomPhone();
        citizen.type("#phone", phone);
        driver.findElement(By.cssSelector("#phone-form button[type=submit]")).click();
        citizen.visible("#code");
        String code = TestVenues.codeSentTo(port, phone);
        citizen.type("#code", code.equals("000000") ? "111111" : "000000");
        driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
        assertThat(citizen.textIn("#message", "lần thử")).startsWith("Mã không đúng. Còn");
        citizen.type("#code", code);
        driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
        citizen.visible("#declare-form");
        assertThat(citizen.textIn("#signed-in-as", phone)).contains(phone);
        screenshot(driver, "citizen-people-phone");

        citizen.declare(person.documentNumber(), person.fullName(), "1926-02-30", '2'); // typed 30/02/1926: no such day
        assertThat(citizen.visible("#dateOfBirth-error").getText()).startsWith("Ngày sinh").contains("ngày/tháng/năm");
        citizen.declare(person.documentNumber().substring(1), person.fullName(), person.dateOfBirth(), '2'); // 11 digits
        assertThat(citizen.visible("#documentNumber-error").getText()).as("the platform's own words, in Vietnamese, by the field")
                .contains("12 chữ số").contains("không phải 11").doesNotContain("must").doesNotContain("digits");
        citizen.declare(person.documentNumber(), person.fullName(), "1926-03-05", '2'); // the wrong day
        assertThat(citizen.textIn("#message", "kiểm tra")).contains("ngày sinh").doesNotContain("họ và tên");
        citizen.declare(person.documentNumber(), "tran thi bich ngoc", person.dateOfBirth(), '2');
        // signed in with another number than the registry's: a code goes to the registry's phone
        String registryPhone = TestPeople.phoneOf(person.documentNumber());
        assertThat(citizen.textIn("#challenge-sent-to", registryPhone.substring(8)))
                .contains(registryPhone.substring(0, 2) + "******" + registryPhone.substring(8));
        screenshot(driver, "citizen-code-to-registry-phone");
        String sent = TestVenues.codeSentTo(port, registryPhone);
        citizen.type("#challenge-code", sent.equals("000000") ? "111111" : "000000");
        driver.findElement(By.cssSelector("#challenge-form button[type=submit]")).click();
        assertThat(citizen.textIn("#message", "lần thử")).startsWith("Mã không đúng. Còn 4");
        citizen.type("#challenge-code", sent);
        driver.findElement(By.cssSelector("#challenge-form button[type=submit]")).click();

        citizen.visible("#qr-image");
        assertThat(citizen.textIn("#holders", "Cổng QRQG")).contains("Cổng QRQG (cổng này)");
        String masked = CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"));
        assertThat(masked).startsWith("******" + person.documentNumber().substring(6) + "|TRAN THI BICH NGOC|1926-**-**|");
        assertThat(driver.findElement(By.id("qr-image")).getCssValue("image-rendering")).isEqualTo("pixelated");
        assertThat(driver.findElement(By.id("qr-image")).getRect().getWidth()).isGreaterThan(300);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('back').scrollIntoView()");
        screenshot(driver, "citizen-qr-phone");

        driver.findElement(By.id("qr-toggle")).click();
        citizen.waiting().until(ExpectedConditions.attributeContains(By.id("qr-image"), "src", "form=full"));
        assertThat(driver.findElement(By.id("qr-toggle")).getDomAttribute("aria-pressed")).isEqualTo("true");
        String full = CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"));
        assertThat(full).startsWith(person.documentNumber() + "|TRAN THI BICH NGOC|1926-03-04|").isNotEqualTo(masked);
        assertThat(driver.findElement(By.id("qr-card")).getDomAttribute("href")).endsWith("/card.pdf?form=full");
        // downloads named after the person and the form, the link's name the server's
        for (String[] link : new String[][] {{"qr-card", "qrqg-tran-t-b-n-full-card.pdf"}, {"qr-png", "qrqg-tran-t-b-n-full.png"}}) {
            WebElement download = driver.findElement(By.id(link[0]));
            assertThat(download.getDomAttribute("download")).isEqualTo(link[1]);
            Object disposition = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then((r) => done(r.headers.get('Content-Disposition')), () => done(null))",
                    download.getDomProperty("href"));
            assertThat(disposition).isEqualTo("attachment; filename=\"" + link[1] + "\"");
        }
        driver.findElement(By.id("qr-toggle")).click();
        citizen.waiting().until(ExpectedConditions.attributeContains(By.id("qr-image"), "src", "form=masked"));
        assertThat(CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"))).isEqualTo(masked);

        // "I lost my phone": cancelled, nothing happens; confirmed, the QR is revoked and the new one shown
        driver.findElement(By.id("qr-revoke")).click();
        citizen.waiting().until(ExpectedConditions.alertIsPresent());
        driver.switchTo().alert().dismiss();
        driver.findElement(By.id("qr-revoke")).click();
        citizen.waiting().until(ExpectedConditions.alertIsPresent());
        driver.switchTo().alert().accept();
        citizen.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("qr-revoke-result"),
                "phiên bản 2")); // version 2: the cancelled one revoked nothing
        String renewed = CitizenBrowsing.decoded(citizen.imageBytes("#qr-image"));
        assertThat(renewed).isNotEqualTo(masked);
        assertThat(renewed.substring(0, renewed.lastIndexOf('<'))).isEqualTo(masked.substring(0, masked.lastIndexOf('<')));

        // the signed-in page, with its QR and forms, holds at 320 px too
        driver.manage().window().setSize(new Dimension(320, 720));
        NarrowPhoneBrowserIT.assertFits(driver, "the citizen's page signed in");
        driver.manage().window().setSize(PHONE);

        String card = citizen.visible("#covid-card .covid-card").getText();
        assertThat(card).containsAnyOf("Thẻ xanh", "Thẻ vàng", "Thẻ đỏ", "Chưa có thẻ").contains("Lý do");
        assertThat(citizen.visible("#health-records").getText()).contains("Tiêm chủng").contains("Xét nghiệm");

        driver.findElement(By.cssSelector("#health-form input[name=symptoms][value=COUGH]")).click();
        driver.findElement(By.cssSelector("#health-form input[name=contact][value=false]")).click();
        driver.findElement(By.cssSelector("#health-form button[type=submit]")).click();
        assertThat(citizen.textIn("#health-result", "Đã gửi khai báo y tế")).startsWith("Đã gửi khai báo y tế lúc");
        citizen.textIn("#declarations", "Khai báo y tế");

        citizen.waiting().until(d -> new Select(d.findElement(By.id("from-province"))).getOptions().size() == 35);
        new Select(driver.findElement(By.id("from-province"))).selectByValue("01");
        citizen.waiting().until(d -> new Select(d.findElement(By.id("from-commune"))).getOptions().size() > 100);
        new Select(driver.findElement(By.id("from-commune"))).selectByValue("00004");
        new Select(driver.findElement(By.id("to-province"))).selectByValue("79");
        citizen.waiting().until(d -> new Select(d.findElement(By.id("to-commune"))).getOptions().size() > 100);
        new Select(driver.findElement(By.id("to-commune"))).selectByValue("26743");
        new Select(driver.findElement(By.id("transport"))).selectByValue("AIRPLANE");
        citizen.type("#vehicle-number", "VN 213");
        driver.findElement(By.cssSelector("#travel-form button[type=submit]")).click(); // no departure yet
        assertThat(citizen.visible("#departure-at-error").getText()).startsWith("Giờ khởi hành");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("departure-at");
        // times are typed dd/mm/yyyy hh:mm, whatever the browser's locale; a day that does not exist is said beside it
        citizen.type("#departure-at", "30/02/2026 08:00");
        driver.findElement(By.cssSelector("#travel-form button[type=submit]")).click();
        assertThat(citizen.visible("#departure-at-error").getText()).startsWith("Giờ khởi hành").contains("ngày/tháng/năm");
        citizen.type("#departure-at", LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        driver.findElement(By.cssSelector("#travel-form button[type=submit]")).click();
        citizen.textIn("#travel-result", "Đã gửi khai báo di chuyển");
        citizen.textIn("#declarations", "Khai báo di chuyển");

        driver.manage().window().setSize(DESKTOP);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('person-name').scrollIntoView()");
        screenshot(driver, "citizen-qr-desktop");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('covid-section').scrollIntoView()");
        screenshot(driver, "citizen-covid-desktop");
        driver.manage().window().setSize(PHONE);

        open(driver, "/v/" + venue.venueCode());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quán Cà Phê Hòa Bình");
        citizen.visible("#venue-checkin");
        assertThat(new Select(driver.findElement(By.id("checkin-person"))).getFirstSelectedOption().getText())
                .contains("1926");
        screenshot(driver, "venue-page-phone");
        driver.findElement(By.cssSelector("#venue-checkin button[value=IN]")).click();
        assertThat(citizen.textIn("#checkin-result", "Quán Cà Phê Hòa Bình")).startsWith("Đã check-in vào Quán Cà Phê Hòa Bình");

        open(driver, "/");
        citizen.visible(".person-choice").click();
        assertThat(citizen.textIn("#visits", "Quán Cà Phê Hòa Bình")).contains("Vào");
        citizen.type("#venue-code", venue.venueCode().toLowerCase());
        driver.findElement(By.cssSelector("#checkin-form button[value=OUT]")).click();
        citizen.textIn("#checkin-result", "Đã check-out khỏi Quán Cà Phê Hòa Bình");
        citizen.waiting().until(d -> d.findElements(By.cssSelector("#visits-table tbody tr")).size() == 2);

        driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
        citizen.textIn("#visits", "Out");
        citizen.textIn("#qr-form", "Showing: masked");
        driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
    }

    @Test
    void aPersonsPageShowsTheLevelOfTheirCommuneAndOfTheirVenuesCommunesInWordsBesideTheColour() throws Exception {
        List<AdministrativeAreas.Commune> communes = areas.communesOf(HUE);
        int first = Math.floorMod(UUID.randomUUID().hashCode(), communes.size() - 1);
        AdministrativeAreas.Commune home = communes.get(first);
        AdministrativeAreas.Commune away = communes.get(first + 1);
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registered(registry, "Hồ Thị Hương", 1927, Gender.FEMALE, ",phone,commune_code",
                "," + phone + "," + home.code());
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Chợ Đông Ba", "market", HUE, away.code());
        String officials = TestRiskLevels.officialsOf(port, HUE);
        try {
            TestRiskLevels.declared(port, officials, home.code(), 3);
            TestRiskLevels.declared(port, officials, away.code(), 4);
            CitizenBrowsing citizen = freshCitizen();
            WebDriver driver = browser();
            citizen.signIn(phone); // the registry's phone for the person: no second code
            citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '2');

            assertThat(citizen.textIn("#risk-home", "Cấp 3")).contains(home.name(), "Cấp 3 – Nguy cơ cao (cam)",
                    "Do tỉnh công bố");
            assertThat(driver.findElement(By.cssSelector("#risk-home .risk-badge")).getDomAttribute("data-level"))
                    .isEqualTo("3");
            assertThat(driver.findElement(By.cssSelector("#risk-home a")).getDomAttribute("href"))
                    .isEqualTo("/risk.html#" + home.code());
            assertThat(citizen.textIn("#risk-venues", "14 ngày")).startsWith("Không có lượt check-in");

            citizen.type("#venue-code", venue.venueCode());
            driver.findElement(By.cssSelector("#checkin-form button[value=IN]")).click();
            citizen.textIn("#checkin-result", "Đã check-in vào Chợ Đông Ba");
            open(driver, "/");
            citizen.visible(".person-choice").click();
            assertThat(citizen.textIn("#risk-venues li", "Chợ Đông Ba"))
                    .contains(away.name(), "Cấp 4 – Nguy cơ rất cao (đỏ)");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('risk-section').scrollIntoView()");
            screenshot(driver, "citizen-risk-phone");

            driver.findElement(By.cssSelector("[data-lang-choice=en]")).click();
            assertThat(citizen.textIn("#risk-home", "Level 3")).contains("Level 3 – High risk (orange)");
            driver.findElement(By.cssSelector("[data-lang-choice=vi]")).click();
        } finally {
            TestRiskLevels.lifted(port, officials, home.code());
            TestRiskLevels.lifted(port, officials, away.code());
        }
    }

    @Test
    void aVisitorWhoIsNotSignedInSignsInFromTheVenuePageAndComesBack() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Nhà Sách Phương Nam", "shop");
        CitizenBrowsing citizen = freshCitizen();
        WebDriver driver = browser();
        open(driver, "/v/" + venue.venueCode());
        citizen.visible("#sign-in-offer");
        driver.findElement(By.id("sign-in-link")).click();
        citizen.visible("#return-hint");
        citizen.signIn(TestVenues.randomPhone());
        citizen.waiting().until(ExpectedConditions.urlToBe(url("/v/" + venue.venueCode())));
        citizen.visible("#no-people");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Nhà Sách Phương Nam");

        open(driver, "/v/0000000000");
        assertThat(citizen.visible(".notice.error").getText()).contains("Không có địa điểm nào");
        assertThat(get("/portal/areas/99").statusCode()).isEqualTo(404);
    }

    @Test
    void aCitizenChecksInByShowingTheVenuePosterToTheCamera() throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registeredWithPhone(registry, "Lê Văn Tám", 1927, Gender.MALE, phone);
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Chợ Bến Thành", "market");
        Path video = FakeCameraVideo.showing(venue.url()); // the poster's QR: its URL /v/{code}
        WebDriver camera = startChromiumWithFakeCamera(video);
        try {
            camera.manage().window().setSize(PHONE);
            open(camera, "/");
            CitizenBrowsing citizen = new CitizenBrowsing(camera, port);
            citizen.signIn(phone); // the registry's phone for the person: no second code
            citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '1');
            citizen.visible("#qr-image");
            camera.findElement(By.id("camera-start")).click();
            // the poster says whose it is and offers to check in there, In or Out
            assertThat(citizen.textIn("#checkin-result", "Chợ Bến Thành")).startsWith("Đây là áp phích của Chợ Bến Thành");
            assertThat(camera.findElement(By.id("venue-code")).getDomProperty("value")).isEqualTo(venue.venueCode());
            camera.findElement(By.cssSelector("#checkin-form button[value=IN]")).click();
            assertThat(citizen.textIn("#checkin-result", "Đã check-in")).startsWith("Đã check-in vào Chợ Bến Thành");
            citizen.textIn("#visits", "Chợ Bến Thành");
            assertThat(camera.findElement(By.id("camera")).isDisplayed()).isFalse(); // off once read
        } finally {
            camera.quit();
            Files.deleteIfExists(video);
        }
    }
}
