package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.qrqg.venues.TestVenues;

/** The pages hold at 320 px, the narrowest phones, even with long unbroken words: nothing scrolls sideways. */
class NarrowPhoneBrowserIT extends BrowserTestSupport {
    private static final String LONG_NAME = "Siêuthịthựcphẩmtươisốngvàđồgiadụngnhậpkhẩuchínhhãng Bốn Phương Trời "
            + "Nguyễn Đình Chiểu Phường Bến Nghé";

    @Test
    void noPageIsWiderThanA320PixelPhone() throws Exception {
        WebDriver driver = browser();
        driver.manage().window().setSize(new Dimension(320, 720));
        String venue = TestVenues.newVenue(port, LONG_NAME, "shop").venueCode();
        for (String path : new String[] {"/", "/v/" + venue, "/venue.html", "/scanner.html", "/risk.html"}) {
            open(driver, path);
            if (path.startsWith("/v/")) {
                waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bốn Phương"));
            }
            assertFits(driver, path);
        }
        driver.manage().window().setSize(PHONE);
    }

    /** The page at this 320 px window scrolls only up and down. */
    static void assertFits(WebDriver driver, String what) {
        // a desktop scroll bar (which a phone's does not take) leaves the page less than the window
        Object widths = ((JavascriptExecutor) driver).executeScript("const root = document.documentElement;"
                + "return [window.innerWidth, root.scrollWidth <= root.clientWidth, root.scrollWidth]");
        Object widest = ((JavascriptExecutor) driver).executeScript("const edge = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > edge + 1)"
                + ".slice(-5).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
        assertThat(widths.toString()).as(what + ": [window, fits, page width]; wider: " + widest).startsWith("[320, true,");
    }
}
