package vn.qrqg.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.TestClock;

/** A staff scanner's one-time enrolment link, over HTTP: the owner makes it, the staff phone redeems it once. */
class StaffEnrolmentIT extends VenuesTestSupport {
    private static final String REDEEM = "/api/v1/venues/staff/enrolment";
    private static final String PROBE = "/api/v1/test/clients/venue-checkin";
    private static final String PROBLEMS = "https://qrqg.vn/problems/";
    /** Just past a link's 15 minutes. */
    private static final Duration PAST_VALIDITY = Duration.ofMinutes(15).plusSeconds(5);

    @Autowired
    private TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAddedStaffMembersLinkHandsOverAWorkingCredentialOnce() throws Exception {
        NewVenue venue = newVenue("Nhà sách Phương Nam");
        JsonNode added = json(addStaff(venue, "Trần Thị Bình"));
        String url = added.path("enrolmentUrl").asString();
        assertThat(url).matches("http://localhost:\\d+/scanner\\.html#enrol=[A-Za-z0-9_-]{43}");
        assertThat(Instant.parse(added.path("enrolmentExpiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(added.path("enrolmentQrSvg").asString()).contains("<svg", "</svg>");

        HttpResponse<String> redeemed = redeem(codeOf(url));

        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(200);
        assertThat(redeemed.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode credential = json(redeemed);
        assertThat(credential.path("clientId").asString()).isEqualTo(added.path("clientId").asString());
        assertThat(credential.path("clientSecret").asString()).isEqualTo(added.path("clientSecret").asString());
        assertThat(credential.path("scope").asString()).isEqualTo(Scopes.CHECKIN_VENUE);
        assertThat(credential.path("venueCode").asString()).isEqualTo(venue.venueCode());
        assertThat(credential.path("venueName").asString()).isEqualTo("Nhà sách Phương Nam");
        assertThat(credential.path("staffName").asString()).isEqualTo("Trần Thị Bình");
        String token = TestClients.token(port, credential.path("clientId").asString(),
                credential.path("clientSecret").asString(), Scopes.CHECKIN_VENUE);
        assertThat(send("GET", PROBE, token, null).statusCode()).isEqualTo(200);

        HttpResponse<String> again = redeem(codeOf(url));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(json(again).path("type").asString()).isEqualTo(PROBLEMS + "enrolment-used");
        assertThat(again.body()).doesNotContain(credential.path("clientSecret").asString());
    }

    @Test
    void aLinkPastFifteenMinutesIsExpired() throws Exception {
        NewVenue venue = newVenue("Quán bún chả Hương Liên");
        String code = codeOf(json(addStaff(venue, "Lê Văn Cường")).path("enrolmentUrl").asString());

        clock.set(Instant.now().plus(PAST_VALIDITY));
        HttpResponse<String> late = redeem(code);

        assertThat(late.statusCode()).as(late.body()).isEqualTo(410);
        assertThat(json(late).path("type").asString()).isEqualTo(PROBLEMS + "enrolment-expired");
    }

    @Test
    void aMadeUpOrMalformedCodeIsNotFound() throws Exception {
        for (String code : new String[] {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "short", ""}) {
            HttpResponse<String> refused = redeem(code);
            assertThat(refused.statusCode()).as(code).isEqualTo(404);
            assertThat(json(refused).path("type").asString()).isEqualTo(PROBLEMS + "enrolment-not-found");
        }
        HttpResponse<String> noBody = send("POST", REDEEM, null, "{}");
        assertThat(json(noBody).path("type").asString()).isEqualTo(PROBLEMS + "enrolment-not-found");
    }

    @Test
    void aRemovedStaffMembersLinkHandsOverNothing() throws Exception {
        NewVenue venue = newVenue("Phòng khám Đa khoa An Phúc");
        JsonNode added = json(addStaff(venue, "Phạm Thu Hà"));
        send("DELETE", staffPath(venue) + "/" + added.path("staffId").asString(), venue.ownerToken(), null);

        HttpResponse<String> refused = redeem(codeOf(added.path("enrolmentUrl").asString()));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(json(refused).path("type").asString()).isEqualTo(PROBLEMS + "enrolment-not-found");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndTheOldSecret() throws Exception {
        NewVenue venue = newVenue("Cửa hàng Hoa Sen");
        JsonNode added = json(addStaff(venue, "Đỗ Văn Em"));
        String staffId = added.path("staffId").asString();

        HttpResponse<String> renewed = send("POST", staffPath(venue) + "/" + staffId + "/enrolment",
                venue.ownerToken(), null);

        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json(renewed).path("staffId").asString()).isEqualTo(staffId);
        assertThat(redeem(codeOf(added.path("enrolmentUrl").asString())).statusCode()).isEqualTo(404);
        assertThat(TestClients.requestToken(port, added.path("clientId").asString(),
                added.path("clientSecret").asString(), Scopes.CHECKIN_VENUE).statusCode()).isEqualTo(401);
        JsonNode credential = json(redeem(codeOf(json(renewed).path("enrolmentUrl").asString())));
        assertThat(credential.path("clientId").asString()).isEqualTo(added.path("clientId").asString());
        TestClients.token(port, credential.path("clientId").asString(), credential.path("clientSecret").asString(),
                Scopes.CHECKIN_VENUE);
        // another venue's owner makes no link for this one's staff
        NewVenue other = newVenue("Tiệm vàng Kim Thành");
        assertThat(send("POST", staffPath(venue) + "/" + staffId + "/enrolment", other.ownerToken(), null)
                .statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> addStaff(NewVenue venue, String name) throws Exception {
        return send("POST", staffPath(venue), venue.ownerToken(),
                "{\"name\":\"" + name + "\",\"phone\":\"" + randomPhone() + "\"}");
    }

    private HttpResponse<String> redeem(String code) throws Exception {
        return send("POST", REDEEM, null, "{\"code\":\"" + code + "\"}");
    }

    private static String codeOf(String url) {
        return url.substring(url.indexOf("#enrol=") + "#enrol=".length());
    }

    private static String staffPath(NewVenue venue) {
        return "/api/v1/venues/" + venue.venueCode() + "/staff";
    }
}
