package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrqg.venues.TestVenues;

/**
 * {@code Idempotency-Key} on the portal's writes, scoped to the signed-in account: a double tap
 * with one key checks in, declares and sends feedback once, and gets the first answer again; a
 * form sent again with another boundary is the same request.
 */
class PortalIdempotencyIT extends PortalApiTestSupport {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDoubleTapOnCheckInWithOneKeyChecksInOnce() throws Exception {
        TestVenues.NewVenue cafe = TestVenues.newVenue(port, "Cà phê Hai Lần", "restaurant");
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Đinh Công Tráng"), "SELF").path("qid").asString();
        String path = "/portal/api/people/" + qid + "/checkins";
        byte[] body = utf8("{\"venueCode\":\"" + cafe.venueCode() + "\",\"direction\":\"IN\"}");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = browser.send("POST", path, "application/json", body, "Idempotency-Key", key);
        HttpResponse<String> again = browser.send("POST", path, "application/json", body, "Idempotency-Key", key);
        HttpResponse<String> otherBody = browser.send("POST", path, "application/json",
                utf8("{\"venueCode\":\"" + cafe.venueCode() + "\",\"direction\":\"OUT\"}"), "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(jsonOf(browser.send("GET", path, null)).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherAccountsSameKeyIsAnotherKey() throws Exception {
        TestVenues.NewVenue cafe = TestVenues.newVenue(port, "Cà phê Hai Người", "restaurant");
        String key = UUID.randomUUID().toString();
        for (String name : new String[] {"Đinh Công Tráng", "Phạm Thị Hồng"}) {
            Browser browser = browser().signIn();
            String qid = browser.declare(someone(name), "SELF").path("qid").asString();
            String path = "/portal/api/people/" + qid + "/checkins";
            HttpResponse<String> in = browser.send("POST", path, "application/json",
                    utf8("{\"venueCode\":\"" + cafe.venueCode() + "\",\"direction\":\"IN\"}"), "Idempotency-Key", key);
            assertThat(in.statusCode()).as(in.body()).isEqualTo(201);
            assertThat(jsonOf(browser.send("GET", path, null)).path("total").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aDeclarationSentTwiceWithOneKeyIsKeptOnce() throws Exception {
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Đinh Công Tráng"), "SELF").path("qid").asString();
        String path = "/portal/api/people/" + qid + "/declarations";
        byte[] body = utf8("{\"symptoms\":[],\"contactWithConfirmedCase\":false,\"placesVisited\":[]}");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = browser.send("POST", path + "/health", "application/json", body,
                "Idempotency-Key", key);
        HttpResponse<String> again = browser.send("POST", path + "/health", "application/json", body,
                "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jsonOf(browser.send("GET", path, null)).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void feedbackSentTwiceAsAFormWithOneKeyIsOneReport() throws Exception {
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Đinh Công Tráng"), "SELF").path("qid").asString();
        String path = "/portal/api/people/" + qid + "/feedback";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = sendForm(browser, path, key);
        HttpResponse<String> again = sendForm(browser, path, key); // a new boundary, as a browser makes

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jsonOf(browser.send("GET", path, null)).path("items").size()).isEqualTo(1);
    }

    private static HttpResponse<String> sendForm(Browser browser, String path, String key) throws Exception {
        String boundary = "----form" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"category", "APP_PROBLEM"}, {"text", "Trang không hiện mã QR."}}) {
            body.write(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n"));
        }
        body.write(utf8("--" + boundary + "--\r\n"));
        return browser.send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                "Idempotency-Key", key);
    }
}
