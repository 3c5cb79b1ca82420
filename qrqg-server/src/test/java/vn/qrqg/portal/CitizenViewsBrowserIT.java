package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * Each view of the citizen portal has its own address (issue 20): Back returns to the previous
 * view, Forward comes back, a reload shows the same view, and signed out the sign-in comes first,
 * then the view asked for. The people are named with their diacritics, as the registry holds them.
 */
class CitizenViewsBrowserIT extends BrowserTestSupport {

    @Autowired
    RegistryImport registry;

    @Test
    void backForwardAndReloadKeepTheViewAndTheAddressHoldsNoPersonalDataButTheQid() throws Exception {
        String phone = TestVenues.randomPhone();
        Person person = TestPeople.registeredWithPhone(registry, "Phạm Thị Ngọc Ánh", 1928, Gender.FEMALE, phone);
        CitizenBrowsing citizen = freshCitizen();
        WebDriver driver = browser();
        citizen.signIn(phone);
        citizen.visible("#declare-form");
        assertThat(hash(driver)).isEqualTo("#/people");
        citizen.declare(person.documentNumber(), person.fullName(), person.dateOfBirth(), '2');
        assertThat(citizen.textIn("#person-name", "Phạm Thị Ngọc Ánh")).as("the full name, not PHAM T. N. A.")
                .startsWith("Phạm Thị Ngọc Ánh");
        citizen.waiting().until(d -> hash(d).startsWith("#/people/"));
        String qid = hash(driver).substring("#/people/".length());
        assertThat(qid).matches("\\d{18}");

        // a section's link: its own address, the section's heading focused
        driver.findElement(By.cssSelector(".section-nav a[data-section='checkins']")).click();
        citizen.waiting().until(d -> hash(d).equals("#/people/" + qid + "/checkins"));
        citizen.waiting().until(d -> "checkin-heading".equals(activeId(d)));

        // Back: the person's QR; Back again: the people; Forward: the person again
        driver.navigate().back();
        citizen.waiting().until(d -> hash(d).equals("#/people/" + qid));
        citizen.waiting().until(d -> "person-name".equals(activeId(d)));
        driver.navigate().back();
        citizen.visible("#view-people");
        assertThat(hash(driver)).isEqualTo("#/people");
        assertThat(citizen.visible(".person-choice").getText()).startsWith("Phạm Thị Ngọc Ánh");
        driver.navigate().forward();
        citizen.visible("#view-person");
        assertThat(citizen.textIn("#person-name", "Phạm")).startsWith("Phạm Thị Ngọc Ánh");

        // a reload shows the same view, here a section of the person
        driver.findElement(By.cssSelector(".section-nav a[data-section='visits']")).click();
        citizen.waiting().until(d -> hash(d).endsWith("/visits"));
        driver.navigate().refresh();
        citizen.visible("#view-person");
        citizen.waiting().until(d -> "visits-heading".equals(activeId(d)));
        assertThat(citizen.textIn("#person-name", "Phạm")).startsWith("Phạm Thị Ngọc Ánh");
        assertThat(driver.getCurrentUrl()).as("the QID only: no name, no document number, no phone")
                .doesNotContain(person.documentNumber()).doesNotContain(phone).doesNotContain("Ph%E1%BA%A1m")
                .endsWith("/#/people/" + qid + "/visits");

        // signed out, the address asks for a person: the sign-in first, then that person
        driver.findElement(By.id("sign-out")).click();
        citizen.visible("#view-sign-in");
        assertThat(hash(driver)).as("signing out leaves no QID in the address").isEmpty();
        open(driver, "/#/people/" + qid + "/health");
        citizen.visible("#view-sign-in");
        citizen.signIn(phone);
        citizen.visible("#view-person");
        citizen.waiting().until(d -> "health-heading".equals(activeId(d)));
        assertThat(hash(driver)).isEqualTo("#/people/" + qid + "/health");

        // an address naming nobody of this account is the people
        open(driver, "/#/people/000000000000000000");
        citizen.visible("#view-people");
        citizen.waiting().until(d -> hash(d).equals("#/people"));
    }

    private static String hash(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.hash");
    }

    private static String activeId(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement.id");
    }
}
