package vn.qrqg.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;

/**
 * Venues for integration tests of any capability, made over HTTP as an owner would: register,
 * read the code from the reference SMS outbox as an operator, confirm; staff scanners added with
 * the owner token. Every venue gets a fresh random mobile number, so that the per-phone limit
 * and the outbox of one test never meet another's.
 */
public final class TestVenues {
    public static final String REGISTRATIONS = "/api/v1/venues/registrations";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private TestVenues() {
    }

    /** A venue made through the API, and what its owner got. */
    public record NewVenue(String venueCode, String url, String posterUrl, String ownerToken) {
    }

    /** A staff scanner's credential: a client bound to its venue, scope {@code checkin:venue}. */
    public record Scanner(String staffId, String clientId, String clientSecret) {

        /** A {@code checkin:venue} access token. */
        public String token(int port) throws Exception {
            return TestClients.token(port, clientId, clientSecret, Scopes.CHECKIN_VENUE);
        }
    }

    public static String randomPhone() {
        return "09" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    public static String registration(String name, String type, String phone, String provinceCode, String communeCode) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"provinceCode\":\"" + provinceCode
                + "\",\"communeCode\":\"" + communeCode + "\",\"address\":\"Số 12 Lê Lợi\",\"ownerName\":\"Nguyễn Văn An\","
                + "\"ownerPhone\":\"" + phone + "\"}";
    }

    /** Starts a registration of a venue of this type in Ba Đình, Hà Nội; its id. */
    public static String register(int port, String name, String type, String phone) throws Exception {
        return register(port, name, type, phone, "01", "00004");
    }

    /** Starts a registration of a venue of this type in that commune of that province; its id. */
    public static String register(int port, String name, String type, String phone, String provinceCode,
            String communeCode) throws Exception {
        HttpResponse<String> started = TestClients.send(port, "POST", REGISTRATIONS, null,
                registration(name, type, phone, provinceCode, communeCode));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return TestClients.json(started.body()).path("registrationId").asString();
    }

    /** The code in the newest SMS to this phone, as an operator reads it from the outbox. */
    public static String codeSentTo(int port, String phone) throws Exception {
        HttpResponse<String> outbox = TestClients.send(port, "GET", "/api/v1/admin/sms-outbox?phone=" + phone,
                TestClients.adminToken(port), null);
        assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
        JsonNode newest = TestClients.json(outbox.body()).path("items").get(0);
        assertThat(newest).as("an SMS to the phone").isNotNull();
        Matcher code = CODE.matcher(newest.path("text").asString());
        assertThat(code.find()).as(newest.path("text").asString()).isTrue();
        return code.group(1);
    }

    public static HttpResponse<String> confirm(int port, String registrationId, String code) throws Exception {
        return TestClients.send(port, "POST", REGISTRATIONS + "/" + registrationId + "/confirm", null,
                "{\"code\":\"" + code + "\"}");
    }

    /** A registered and confirmed venue of this type ({@code restaurant}, {@code shop}, …). */
    public static NewVenue newVenue(int port, String name, String type) throws Exception {
        return newVenue(port, name, type, "01", "00004");
    }

    /** A venue registered and confirmed in that commune of that province. */
    public static NewVenue newVenue(int port, String name, String type, String provinceCode, String communeCode)
            throws Exception {
        String phone = randomPhone();
        String id = register(port, name, type, phone, provinceCode, communeCode);
        HttpResponse<String> confirmed = confirm(port, id, codeSentTo(port, phone));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        JsonNode venue = TestClients.json(confirmed.body());
        return new NewVenue(venue.path("venueCode").asString(), venue.path("url").asString(),
                venue.path("posterUrl").asString(), venue.path("ownerToken").asString());
    }

    /** A staff scanner the venue's owner adds. */
    public static Scanner staffScanner(int port, NewVenue venue) throws Exception {
        HttpResponse<String> added = TestClients.send(port, "POST", "/api/v1/venues/" + venue.venueCode() + "/staff",
                venue.ownerToken(), "{\"name\":\"Trần Thị Bình\",\"phone\":\"" + randomPhone() + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode staff = TestClients.json(added.body());
        return new Scanner(staff.path("staffId").asString(), staff.path("clientId").asString(),
                staff.path("clientSecret").asString());
    }

    /** An operator sets the venue's status ({@code ACTIVE}, {@code SUSPENDED}). */
    public static void setStatus(int port, String venueCode, String status) throws Exception {
        HttpResponse<String> changed = TestClients.send(port, "POST", "/api/v1/admin/venues/" + venueCode + "/status",
                TestClients.adminToken(port), "{\"status\":\"" + status + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }
}
