package vn.qrqg.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * What the portal's browser tests ({@code *BrowserIT}) share: the platform on a random port
 * ({@link PlatformTestSupport}) and ONE headless Debian Chromium per test class, driven through
 * {@code /usr/bin/chromedriver} (set explicitly: Selenium Manager, which downloads, is never
 * used). bin/lib/ensure-chromium.sh installs both. Each browser gets a fresh profile and home
 * in a temporary directory (the ITs run as 'nobody' in a user namespace).
 */
public abstract class BrowserTestSupport extends PlatformTestSupport {
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--no-default-browser-check",
            "--password-store=basic", "--lang=vi");

    // Selenium warns at every start that it has no DevTools (CDP) module for this Chromium's
    // version: the tests use WebDriver only. Held here so that the level sticks.
    private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(BrowserTestSupport::severeOnly).toList();

    private static WebDriver browser;

    /** This class's browser, started at first use (phone size), quit after the class. */
    protected static WebDriver browser() {
        if (browser == null) {
            browser = startChromium(List.of());
            browser.manage().window().setSize(PHONE);
        }
        return browser;
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * Another Chromium whose camera is the Y4M video {@code video} (played in a loop) and whose
     * camera permission is granted; the caller quits it.
     */
    protected static WebDriver startChromiumWithFakeCamera(Path video) {
        return startChromium(List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
    }

    /** A new headless Chromium with the shared flags and these extra ones; the caller quits it. */
    protected static WebDriver startChromium(List<String> extraFlags) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run bin/lib/ensure-chromium.sh as root, or apt-get install chromium chromium-driver");
        }
        Path home = temporaryDirectory("qrqg-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        List<String> flags = new ArrayList<>(FLAGS);
        flags.add("--user-data-dir=" + home.resolve("profile"));
        flags.addAll(extraFlags);
        options.addArguments(flags);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString(), "TMPDIR", home.toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return driver;
    }

    /** The absolute URL of path on the running platform. */
    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Opens a portal page in driver and waits until its translations are applied. */
    protected void open(WebDriver driver, String path) {
        driver.get(url(path));
        waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    /**
     * The phone-size browser on the citizen page with no session and nothing kept in the browser
     * (cookies and localStorage cleared): a citizen who has not signed in yet.
     */
    protected CitizenBrowsing freshCitizen() {
        WebDriver driver = browser();
        driver.manage().window().setSize(PHONE);
        driver.manage().deleteAllCookies();
        open(driver, "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear()");
        open(driver, "/");
        return new CitizenBrowsing(driver, port);
    }

    /**
     * Opens a staff page that signs in with a client's id and secret (client-session.js: the
     * scanner, operators', officials' and feedback pages), with nothing kept from before, signs in
     * and waits until the element {@code shownId} (what the page shows once signed in) is visible.
     */
    protected void signedInAsClient(WebDriver driver, String page, String clientId, String secret, String shownId) {
        open(driver, page);
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear()");
        open(driver, page);
        WebElement id = driver.findElement(By.id("client-id"));
        id.clear();
        id.sendKeys(clientId);
        driver.findElement(By.id("client-secret")).sendKeys(secret);
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(shownId)));
    }

    protected static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }

    /**
     * The page as a person sees it, in qrqg-server/target/screenshots/{name}.png; with
     * {@code -Dqrqg.screenshots=docs} in docs/screenshots/, which the docs show (so that an
     * ordinary test run leaves the committed pictures alone).
     */
    protected static Path screenshot(WebDriver driver, String name) {
        Path dir = "docs".equals(System.getProperty("qrqg.screenshots"))
                ? repositoryRoot().resolve("docs/screenshots")
                : repositoryRoot().resolve("qrqg-server/target/screenshots");
        Path file = dir.resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Logger severeOnly(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root (a directory with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
