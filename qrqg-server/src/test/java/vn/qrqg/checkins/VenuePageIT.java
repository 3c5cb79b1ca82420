package vn.qrqg.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.venues.TestVenues;

/** The page a venue's poster opens shows what the owner typed as text, never as markup. */
class VenuePageIT extends PlatformTestSupport {

    @Test
    void aVenueNameHoldingScriptOrQuotesIsEscaped() throws Exception {
        // JSON-escaped once here: the name registered is  Quán <script>alert(1)</script> "Ngon" & 'rẻ'
        String venue = TestVenues.newVenue(port, "Quán <script>alert(1)</script> \\\"Ngon\\\" & 'rẻ'", "restaurant")
                .venueCode();

        HttpResponse<String> page = get("/v/" + venue);

        assertThat(page.statusCode()).isEqualTo(200);
        String escaped = "Quán &lt;script&gt;alert(1)&lt;/script&gt; &quot;Ngon&quot; &amp; &#39;rẻ&#39;";
        assertThat(page.body()).contains("<title>" + escaped + " — QRQG</title>")
                .contains("<h1 id=\"venue-name\">" + escaped + "</h1>")
                .doesNotContain("<script>alert(1)").doesNotContain("\"Ngon\"").doesNotContain("'rẻ'");
    }
}
