package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.venues.TestVenues;

/**
 * Every page comes from the one layout: the same head (but for its title and its module) and
 * the same header (but for the page's name), with the brand and the language switch.
 */
class PagesIT extends PlatformTestSupport {
    private static final Pattern HEAD = Pattern.compile("<head>(.*?)</head>", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("<header class=\"site-header\">.*?</header>", Pattern.DOTALL);

    @Test
    void everyPageHasTheSharedHeadAndHeader() throws Exception {
        String venue = TestVenues.newVenue(port, "Quán Bố Cục", "restaurant").venueCode();
        String sharedHead = null;
        String sharedHeader = null;
        for (String path : List.of("/", "/index.html", "/admin.html", "/scanner.html", "/venue.html", "/risk.html",
                "/officials.html", "/feedback.html", "/v/" + venue, "/v/NOPE")) {
            String page = get(path).body();
            assertThat(page).as(path).startsWith("<!doctype html>\n<html lang=\"vi\">\n")
                    .containsPattern("<script type=\"module\" src=\"/assets/[a-z-]+\\.js\"></script>")
                    .contains("<a class=\"skip-link\" href=\"#main\" data-i18n=\"common.skip\"></a>")
                    .contains("<main id=\"main\"").endsWith("</main>\n</body>\n</html>\n");
            String head = part(HEAD, page, path).replaceAll("<title[^>]*>[^<]*</title>", "<title/>")
                    .replaceAll("src=\"/assets/[a-z-]+\\.js\"", "src=\"/assets/page.js\"");
            String header = part(HEADER, page, path).replaceAll("<span class=\"page-name\"[^>]*>[^<]*</span>",
                    "<span class=\"page-name\"/>");
            sharedHead = sharedHead == null ? head : sharedHead;
            sharedHeader = sharedHeader == null ? header : sharedHeader;
            assertThat(head).as(path).isEqualTo(sharedHead);
            assertThat(header).as(path).isEqualTo(sharedHeader);
        }
        assertThat(sharedHead).contains("<meta charset=\"utf-8\">")
                .contains("<link rel=\"stylesheet\" href=\"/assets/portal.css\">")
                .contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
        assertThat(sharedHeader).contains("<a class=\"brand\" href=\"/\" data-i18n=\"common.brand\">QRQG</a>")
                .contains("data-lang-choice=\"vi\"").contains("data-lang-choice=\"en\"");
    }

    @Test
    void thePortalIsAnInstallableAppWithItsServiceWorkerAtTheRoot() throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        JsonNode app = TestClients.json(manifest.body());
        assertThat(app.path("start_url").asString()).isEqualTo("/");
        assertThat(app.path("display").asString()).isEqualTo("standalone");
        assertThat(app.path("name").asString()).startsWith("QRQG");
        for (JsonNode icon : app.path("icons")) {
            HttpResponse<String> image = get(icon.path("src").asString());
            assertThat(image.statusCode()).as(icon.path("src").asString()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).get().asString().startsWith(icon.path("type").asString());
        }
        HttpResponse<String> worker = get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).get().asString().contains("javascript");
        assertThat(worker.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("script-src 'self'"); // worker-src falls back to them
    }

    private static String part(Pattern pattern, String page, String path) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(path + " has " + pattern).isTrue();
        return matcher.group();
    }
}
