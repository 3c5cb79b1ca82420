package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.venues.TestVenues;

/** Every page of the portal, and any other answer, carries the strict Content-Security-Policy. */
class ContentSecurityPolicyIT extends PlatformTestSupport {
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Test
    void everyPageAndAnswerCarriesTheStrictPolicy() throws Exception {
        String venue = TestVenues.newVenue(port, "Quán Chính Sách", "restaurant").venueCode();
        for (String path : List.of("/", "/index.html", "/admin.html", "/scanner.html", "/venue.html", "/risk.html",
                "/officials.html", "/feedback.html", "/v/" + venue, "/v/NOPE", "/assets/portal.css", "/assets/page.js",
                "/api/v1/apps/certified", "/api/v1/nope", "/nope", "/.well-known/jwks.json")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(POLICY);
        }
    }

    @Test
    void noPageHoldsInlineScriptStyleOrEventHandlers() throws Exception {
        String venue = TestVenues.newVenue(port, "Quán Không Nội Tuyến", "restaurant").venueCode();
        for (String path : List.of("/", "/admin.html", "/scanner.html", "/venue.html", "/risk.html", "/officials.html",
                "/feedback.html", "/v/" + venue, "/v/NOPE")) {
            String page = get(path).body();
            assertThat(page).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContainPattern("\\sstyle\\s*=")
                    .doesNotContain("<style").doesNotContainIgnoringCase("javascript:");
        }
    }
}
