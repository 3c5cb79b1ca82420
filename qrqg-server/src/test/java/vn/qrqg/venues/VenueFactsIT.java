package vn.qrqg.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.venue.VenueCode;

/** A venue's public facts and poster, over HTTP and without a token. */
class VenueFactsIT extends VenuesTestSupport {

    @Test
    void anyoneReadsAVenuesPublicFacts() throws Exception {
        NewVenue venue = newVenue("Quán Phở Đức Ngọc");

        HttpResponse<String> response = get("/api/v1/venues/" + venue.venueCode());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode facts = json(response);
        assertThat(facts.path("venueCode").asString()).isEqualTo(venue.venueCode());
        assertThat(facts.path("name").asString()).isEqualTo("Quán Phở Đức Ngọc");
        assertThat(facts.path("type").asString()).isEqualTo("restaurant");
        assertThat(facts.path("address").asString()).isEqualTo("Số 12 Lê Lợi");
        assertThat(facts.path("communeCode").asString()).isEqualTo("00004");
        assertThat(facts.path("communeName").asString()).isEqualTo("Phường Ba Đình");
        assertThat(facts.path("provinceCode").asString()).isEqualTo("01");
        assertThat(facts.path("provinceName").asString()).isEqualTo("Thành phố Hà Nội");
        assertThat(facts.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(facts.path("url").asString()).isEqualTo(venue.url());
        assertThat(response.body()).doesNotContain("Nguyễn Văn An").doesNotContain("ownerPhone");
    }

    @Test
    void aCodeIsReadAsTypedInLowerCase() throws Exception {
        NewVenue venue = newVenue("Chợ Đồng Xuân");
        assertThat(get("/api/v1/venues/" + venue.venueCode().toLowerCase()).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownCodeIs404AndAMalformedOne400() throws Exception {
        VenueCode unknown = VenueCode.generate();
        HttpResponse<String> notFound = get("/api/v1/venues/" + unknown.value());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).path("type").asString()).isEqualTo("https://qrqg.vn/problems/venue-not-found");

        String mistyped = unknown.value().substring(0, 8) + (unknown.value().charAt(8) == '0' ? '1' : '0');
        HttpResponse<String> malformed = get("/api/v1/venues/" + mistyped);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("errors").get(0).path("field").asString()).isEqualTo("venueCode");

        HttpResponse<String> noPoster = get("/api/v1/venues/" + unknown.value() + "/poster.pdf");
        assertThat(noPoster.statusCode()).isEqualTo(404);
        assertThat(noPoster.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theOpenApiDocumentSaysStaffTakeTheOwnerTokenAndTheRestNothing() throws Exception {
        JsonNode paths = json(get("/v3/api-docs")).path("paths");

        assertThat(paths.path("/api/v1/venues/{venueCode}/staff").path("post").path("security").get(0)
                .has("venueOwnerToken")).isTrue();
        assertThat(paths.path("/api/v1/venues/registrations").path("post").path("security")).isEmpty();
        assertThat(paths.path("/api/v1/venues/{venueCode}/poster.pdf").path("get").path("security")).isEmpty();
    }

    @Test
    void thePosterScansBackToTheVenueUrlAndItsQrIsAtLeast15Centimetres() throws Exception {
        NewVenue venue = newVenue("Nhà thuốc Hồng Đức");
        HttpResponse<byte[]> poster = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/venues/" + venue.venueCode() + "/poster.pdf"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PosterScans.Scan scan = PosterScans.scan(poster.body());
        assertThat(scan.decoded()).isEqualTo(venue.url()).isEqualTo("http://localhost:8080/v/" + venue.venueCode());
        assertThat(scan.errorCorrection()).isEqualTo("Q");
        assertThat(scan.symbolSideCm()).isGreaterThanOrEqualTo(15.0);
        assertThat(scan.text()).contains("Nhà thuốc Hồng Đức", "Số 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội");
    }
}
