package vn.qrqg.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * What the venues' integration tests share: registering a venue over HTTP and reading its code
 * from the reference SMS outbox, as an operator would. Every test uses a fresh random mobile
 * number, so that the per-phone limit and the outbox of one test never meet another's.
 */
abstract class VenuesTestSupport extends PlatformTestSupport {
    static final String REGISTRATIONS = "/api/v1/venues/registrations";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    /** A venue made through the API, and what its owner got. */
    record NewVenue(String venueCode, String url, String posterUrl, String ownerToken) {
    }

    static String randomPhone() {
        return "09" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    static String registration(String name, String phone, String provinceCode, String communeCode) {
        return "{\"name\":\"" + name + "\",\"type\":\"restaurant\",\"provinceCode\":\"" + provinceCode
                + "\",\"communeCode\":\"" + communeCode + "\",\"address\":\"Số 12 Lê Lợi\",\"ownerName\":\"Nguyễn Văn An\","
                + "\"ownerPhone\":\"" + phone + "\"}";
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return TestClients.send(port, method, path, token, json);
    }

    /** Starts a registration in Ba Đình, Hà Nội; its id. */
    String register(String name, String phone) throws Exception {
        HttpResponse<String> started = send("POST", REGISTRATIONS, null, registration(name, phone, "01", "00004"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return TestClients.json(started.body()).path("registrationId").asString();
    }

    /** The code in the newest SMS to this phone, as an operator reads it from the outbox. */
    String codeSentTo(String phone) throws Exception {
        HttpResponse<String> outbox = send("GET", "/api/v1/admin/sms-outbox?phone=" + phone, TestClients.adminToken(port),
                null);
        assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
        JsonNode newest = TestClients.json(outbox.body()).path("items").get(0);
        assertThat(newest).as("an SMS to the phone").isNotNull();
        Matcher code = CODE.matcher(newest.path("text").asString());
        assertThat(code.find()).as(newest.path("text").asString()).isTrue();
        return code.group(1);
    }

    HttpResponse<String> confirm(String registrationId, String code) throws Exception {
        return send("POST", REGISTRATIONS + "/" + registrationId + "/confirm", null, "{\"code\":\"" + code + "\"}");
    }

    /** A registered and confirmed venue. */
    NewVenue newVenue(String name) throws Exception {
        String phone = randomPhone();
        String id = register(name, phone);
        HttpResponse<String> confirmed = confirm(id, codeSentTo(phone));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        JsonNode venue = TestClients.json(confirmed.body());
        return new NewVenue(venue.path("venueCode").asString(), venue.path("url").asString(),
                venue.path("posterUrl").asString(), venue.path("ownerToken").asString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return TestClients.json(response.body());
    }
}
