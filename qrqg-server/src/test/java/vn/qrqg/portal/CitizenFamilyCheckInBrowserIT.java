package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * A citizen with two people checks both in at once in Chromium: the check-in form lists them, the
 * person shown ticked, the other ticked with the keyboard, and the answer names each one's result.
 * The form and its answer pass axe in both languages and hold at 320 px. A venue in Quảng Ngãi,
 * which no other test uses.
 */
class CitizenFamilyCheckInBrowserIT extends BrowserTestSupport {
    private static final String QUANG_NGAI = "51";
    private static final String KON_TUM = "23293";

    @Autowired
    RegistryImport registry;

    @Test
    void aCitizenWithTwoPeopleTicksBothChecksInOnceAndSeesBothResults() throws Exception {
        String phone = TestVenues.randomPhone();
        String household = "HK-FAMILY-" + System.nanoTime();
        Person grandmother = TestPeople.registered(registry, "Lê Thị Gấm", 1950, Gender.FEMALE, ",household_id,phone",
                "," + household + "," + phone);
        Person grandson = TestPeople.registered(registry, "Lê Minh Khôi", 2016, Gender.MALE, ",household_id",
                "," + household);
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Nhà sách Kon Tum", "shop", QUANG_NGAI, KON_TUM);
        CitizenBrowsing citizen = freshCitizen();
        WebDriver driver = browser();

        citizen.signIn(phone); // the registry's phone for her: no second code
        citizen.visible("#declare-form");
        citizen.declare(grandmother.documentNumber(), grandmother.fullName(), grandmother.dateOfBirth(), '2');
        citizen.visible("#person-name");
        assertThat(driver.findElement(By.id("checkin-people")).isDisplayed()).as("one person: nothing to tick").isFalse();
        driver.findElement(By.id("back")).click();
        citizen.visible("#declare-form input[name=relation][value=DEPENDANT]:checked");
        citizen.declare(grandson.documentNumber(), grandson.fullName(), grandson.dateOfBirth(), '1');
        citizen.textIn("#person-name", grandson.fullName()); // as the people list names him

        // the grandson is shown, so he is ticked; his grandmother is ticked with Space
        citizen.visible("#checkin-people");
        List<WebElement> boxes = driver.findElements(By.cssSelector("#checkin-people input[name=qids]"));
        assertThat(boxes).hasSize(2);
        assertThat(labels(driver)).anySatisfy(label -> assertThat(label).contains(grandmother.fullName()))
                .anySatisfy(label -> assertThat(label).contains(grandson.fullName()));
        WebElement her = boxes.stream().filter(box -> !box.isSelected()).findFirst().orElseThrow();
        assertThat(boxes.stream().filter(WebElement::isSelected).count()).isEqualTo(1);
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", her);
        her.sendKeys(Keys.SPACE);
        assertThat(her.isSelected()).isTrue();
        citizen.type("#venue-code", venue.venueCode());
        driver.findElement(By.id("venue-code")).sendKeys(Keys.ENTER); // Enter: the form's first button, In

        citizen.waiting().until(d -> d.findElements(By.cssSelector("#checkin-result .family-results li")).size() == 2);
        List<WebElement> results = driver.findElements(By.cssSelector("#checkin-result .family-results li"));
        assertThat(results).allSatisfy(row -> {
            assertThat(row.getAttribute("data-status")).isEqualTo("CHECKED_IN");
            assertThat(row.getText()).contains("Đã check-in vào Nhà sách Kon Tum");
        });
        assertThat(results.stream().map(WebElement::getText).collect(Collectors.joining("\n")))
                .contains(grandmother.fullName()).contains(grandson.fullName());
        assertThat(citizen.textIn("#checkin-result", "Xong cho cả 2 người")).isNotEmpty();
        citizen.textIn("#visits", "Nhà sách Kon Tum"); // the grandson's own visits
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("notice");

        // in both languages, the list and the answer pass axe and hold at 320 px
        for (String lang : List.of("en", "vi")) {
            driver.findElement(By.cssSelector("[data-lang-choice=" + lang + "]")).click();
            citizen.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
            citizen.waiting().until(d -> d.findElements(By.cssSelector("[aria-busy=true]")).isEmpty());
            String blocking = AxeCheck.violations(driver, "/ family check-in (" + lang + ")").stream()
                    .filter(AxeCheck.Violation::blocking).map(Object::toString).collect(Collectors.joining("\n"));
            assertThat(blocking).as("axe-core's serious and critical violations").isEmpty();
        }
        assertThat(labels(driver)).anySatisfy(label -> assertThat(label).contains(grandmother.fullName()));
        try {
            driver.manage().window().setSize(new Dimension(320, 720));
            NarrowPhoneBrowserIT.assertFits(driver, "/ family check-in");
        } finally {
            driver.manage().window().setSize(PHONE);
        }
    }

    private static List<String> labels(WebDriver driver) {
        return driver.findElements(By.cssSelector("#checkin-people label")).stream().map(WebElement::getText).toList();
    }
}
