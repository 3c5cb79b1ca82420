package vn.qrqg.venues;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * What the venues' integration tests share: registering a venue over HTTP and reading its code
 * from the reference SMS outbox, as an operator would. Every test uses a fresh random mobile
 * number, so that the per-phone limit and the outbox of one test never meet another's.
 */
abstract class VenuesTestSupport extends PlatformTestSupport {
    static final String REGISTRATIONS = TestVenues.REGISTRATIONS;

    /** A venue made through the API, and what its owner got. */
    record NewVenue(String venueCode, String url, String posterUrl, String ownerToken) {
    }

    static String randomPhone() {
        return TestVenues.randomPhone();
    }

    static String registration(String name, String phone, String provinceCode, String communeCode) {
        return TestVenues.registration(name, "restaurant", phone, provinceCode, communeCode);
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return TestClients.send(port, method, path, token, json);
    }

    /** Starts a registration in Ba Đình, Hà Nội; its id. */
    String register(String name, String phone) throws Exception {
        return TestVenues.register(port, name, "restaurant", phone);
    }

    /** The code in the newest SMS to this phone, as an operator reads it from the outbox. */
    String codeSentTo(String phone) throws Exception {
        return TestVenues.codeSentTo(port, phone);
    }

    HttpResponse<String> confirm(String registrationId, String code) throws Exception {
        return TestVenues.confirm(port, registrationId, code);
    }

    /** A registered and confirmed venue. */
    NewVenue newVenue(String name) throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, name, "restaurant");
        return new NewVenue(venue.venueCode(), venue.url(), venue.posterUrl(), venue.ownerToken());
    }

    static JsonNode json(HttpResponse<String> response) {
        return TestClients.json(response.body());
    }
}
