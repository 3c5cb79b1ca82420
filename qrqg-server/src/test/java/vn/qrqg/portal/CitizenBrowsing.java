package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.qrqg.venues.TestVenues;

/** What a citizen does in the browser, step by step, for the citizen pages' browser tests. */
final class CitizenBrowsing {
    private final WebDriver driver;
    private final int port;

    CitizenBrowsing(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    WebDriverWait waiting() {
        return BrowserTestSupport.waitFor(driver);
    }

    WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's text contains text; answers the element's text. */
    String textIn(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css)).getText();
    }

    void type(String css, String text) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets an input's value as a picker would (date and time inputs). */
    void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", driver.findElement(By.cssSelector(css)), value);
    }

    /** Asks a code for phone on the sign-in form and types the one read from the reference SMS outbox. */
    void signIn(String phone) throws Exception {
        type("#phone", phone);
        driver.findElement(By.cssSelector("#phone-form button[type=submit]")).click();
        visible("#code");
        type("#code", TestVenues.codeSentTo(port, phone));
        driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
    }

    /** Fills and sends the declaration form; the birth date (ISO) typed as Vietnamese write it, dd/mm/yyyy. */
    void declare(String documentNumber, String fullName, String dateOfBirth, char gender) {
        type("#documentNumber", documentNumber);
        type("#fullName", fullName);
        type("#dateOfBirth", dayMonthYear(dateOfBirth));
        driver.findElement(By.cssSelector("#declare-form input[name=gender][value='" + gender + "']")).click();
        driver.findElement(By.cssSelector("#declare-form button[type=submit]")).click();
    }

    /** "1960-01-03" → "03/01/1960". */
    static String dayMonthYear(String isoDate) {
        return isoDate.substring(8, 10) + "/" + isoDate.substring(5, 7) + "/" + isoDate.substring(0, 4);
    }

    /** The bytes at the image's src, fetched in the page (with its session), once it has loaded. */
    byte[] imageBytes(String css) {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector(arguments[0]); return i.complete && i.naturalWidth > 0", css)));
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).src).then((r) => r.arrayBuffer()).then((buffer) => {
                  let text = ''; new Uint8Array(buffer).forEach((b) => { text += String.fromCharCode(b); });
                  done(btoa(text));
                }).catch((e) => done('error: ' + e));""", css);
        return Base64.getDecoder().decode((String) base64);
    }

    /** What a QR scanner reads from a PNG (ZXing, as the apps' scanners). */
    static String decoded(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
