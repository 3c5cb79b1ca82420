package vn.qrqg.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;

/** The owner's staff scanners, over HTTP, with the owner token as a bearer token. */
class VenueStaffIT extends VenuesTestSupport {
    private static final String PROBE = "/api/v1/test/clients/venue-checkin";

    @Test
    void aStaffScannerGetsATokenWithCheckinVenueBoundToItsVenue() throws Exception {
        NewVenue venue = newVenue("Siêu thị Hạnh Phúc");

        HttpResponse<String> added = addStaff(venue, venue.ownerToken(), "Trần Thị Bình", "0987 654 321");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode staff = json(added);
        String token = TestClients.token(port, staff.path("clientId").asString(), staff.path("clientSecret").asString(),
                Scopes.CHECKIN_VENUE);
        HttpResponse<String> caller = send("GET", PROBE, token, null);
        assertThat(caller.statusCode()).as(caller.body()).isEqualTo(200);
        assertThat(json(caller).path("venueCode").asString()).isEqualTo(venue.venueCode());
        assertThat(json(caller).path("clientId").asString()).isEqualTo(staff.path("clientId").asString());
        // a scanner is no app for citizens
        assertThat(get("/api/v1/apps/certified").body()).doesNotContain(staff.path("clientId").asString())
                .doesNotContain(venue.venueCode());
    }

    @Test
    void aStaffScannerReadsItsStaffMembersAndVenuesNames() throws Exception {
        NewVenue venue = newVenue("Nhà thuốc Tâm An");
        JsonNode staff = json(addStaff(venue, venue.ownerToken(), "Vũ Thị Lan", "0912345679"));
        String token = TestClients.token(port, staff.path("clientId").asString(), staff.path("clientSecret").asString(),
                Scopes.CHECKIN_VENUE);

        HttpResponse<String> me = send("GET", "/api/v1/venues/staff/me", token, null);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).path("staffName").asString()).isEqualTo("Vũ Thị Lan");
        assertThat(json(me).path("venueName").asString()).isEqualTo("Nhà thuốc Tâm An");
        assertThat(json(me).path("venueCode").asString()).isEqualTo(venue.venueCode());
        assertThat(json(me).path("staffId").asString()).isEqualTo(staff.path("staffId").asString());
        assertThat(me.body()).as("the phone is the owner's to see").doesNotContain("0912");
        // an official's app is no staff scanner
        String official = TestClients.certifiedApp(port, Scopes.SCAN_VENUE).token(port, Scopes.SCAN_VENUE);
        assertThat(send("GET", "/api/v1/venues/staff/me", official, null).statusCode()).isEqualTo(403);
    }

    @Test
    void theOwnerListsTheirStaffWithMaskedPhones() throws Exception {
        NewVenue venue = newVenue("Văn phòng Luật Minh");
        addStaff(venue, venue.ownerToken(), "Lê Văn Cường", "0912345678");

        HttpResponse<String> list = send("GET", staffPath(venue), venue.ownerToken(), null);

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode member = json(list).get(0);
        assertThat(member.path("name").asString()).isEqualTo("Lê Văn Cường");
        assertThat(member.path("phone").asString()).isEqualTo("0912******");
        assertThat(json(list)).hasSize(1);
    }

    @Test
    void aRemovedStaffMembersTokenIsRefusedAtOnce() throws Exception {
        NewVenue venue = newVenue("Bệnh viện Đa khoa Hà Đông");
        JsonNode staff = json(addStaff(venue, venue.ownerToken(), "Phạm Thu Hà", "0356789012"));
        String token = TestClients.token(port, staff.path("clientId").asString(), staff.path("clientSecret").asString(),
                Scopes.CHECKIN_VENUE);
        assertThat(send("GET", PROBE, token, null).statusCode()).isEqualTo(200);

        HttpResponse<String> removed = send("DELETE", staffPath(venue) + "/" + staff.path("staffId").asString(),
                venue.ownerToken(), null);

        assertThat(removed.statusCode()).isEqualTo(204);
        HttpResponse<String> refused = send("GET", PROBE, token, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/app-not-certified");
        assertThat(TestClients.requestToken(port, staff.path("clientId").asString(), staff.path("clientSecret").asString(),
                Scopes.CHECKIN_VENUE).statusCode()).isEqualTo(401);
        assertThat(json(send("GET", staffPath(venue), venue.ownerToken(), null))).isEmpty();
        assertThat(send("DELETE", staffPath(venue) + "/" + staff.path("staffId").asString(), venue.ownerToken(), null)
                .statusCode()).isEqualTo(204);
    }

    @Test
    void anOwnerTokenNeverActsOnAnotherVenue() throws Exception {
        NewVenue mine = newVenue("Quán cà phê Mộc");
        NewVenue theirs = newVenue("Tiệm bánh Hoa");
        JsonNode theirStaff = json(addStaff(theirs, theirs.ownerToken(), "Đỗ Văn Em", "0701234567"));

        HttpResponse<String> add = addStaff(theirs, mine.ownerToken(), "Kẻ Lạ", "0709999999");
        HttpResponse<String> list = send("GET", staffPath(theirs), mine.ownerToken(), null);
        HttpResponse<String> remove = send("DELETE", staffPath(theirs) + "/" + theirStaff.path("staffId").asString(),
                mine.ownerToken(), null);
        HttpResponse<String> removeViaMine = send("DELETE", staffPath(mine) + "/" + theirStaff.path("staffId").asString(),
                mine.ownerToken(), null);

        assertThat(add.statusCode()).isEqualTo(403);
        assertThat(json(add).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-venue-owner");
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(remove.statusCode()).isEqualTo(403);
        assertThat(removeViaMine.statusCode()).isEqualTo(404); // their staff is no staff of mine
        assertThat(json(send("GET", staffPath(theirs), theirs.ownerToken(), null))).hasSize(1);
    }

    @Test
    void aMissingOrInvalidOwnerTokenIs401ProblemDetails() throws Exception {
        NewVenue venue = newVenue("Trạm kiểm soát Pháp Vân");

        HttpResponse<String> missing = send("GET", staffPath(venue), null, null);
        HttpResponse<String> invalid = send("GET", staffPath(venue), "qo_" + "A".repeat(43), null);
        HttpResponse<String> jwt = send("GET", staffPath(venue), TestClients.adminToken(port), null);

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(missing).path("type").asString()).isEqualTo("https://qrqg.vn/problems/unauthenticated");
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        for (HttpResponse<String> refused : java.util.List.of(invalid, jwt)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(json(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-owner-token");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).contains("invalid_token"));
        }
    }

    @Test
    void staffNeedANameAndAMobileNumber() throws Exception {
        NewVenue venue = newVenue("Trường THCS Nguyễn Du");
        HttpResponse<String> bad = send("POST", staffPath(venue), venue.ownerToken(), "{\"name\":\" \",\"phone\":\"123\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"name\"", "\"phone\"");
    }

    @Test
    void onlyAVenuesOwnerMakesScannersNoAppHoldsCheckinVenueOtherwise() throws Exception {
        HttpResponse<String> app = send("POST", "/api/v1/admin/apps", TestClients.adminToken(port),
                "{\"name\":\"Máy quét\",\"operator\":\"Công ty X\",\"scopes\":[\"checkin:venue\"]}");
        assertThat(app.statusCode()).isEqualTo(400);
        assertThat(json(app).path("errors").get(0).path("field").asString()).isEqualTo("scopes");
    }

    private HttpResponse<String> addStaff(NewVenue venue, String ownerToken, String name, String phone) throws Exception {
        return send("POST", staffPath(venue), ownerToken, "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}");
    }

    private static String staffPath(NewVenue venue) {
        return "/api/v1/venues/" + venue.venueCode() + "/staff";
    }
}
