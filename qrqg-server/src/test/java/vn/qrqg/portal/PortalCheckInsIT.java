package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.venues.TestVenues;

/** Checking in through the portal, the visits listed, a venue's public facts for the /v/{code} page. */
class PortalCheckInsIT extends PortalApiTestSupport {

    @Test
    void aCheckInThroughThePortalIsListedNewestFirstWithTheVenuesName() throws Exception {
        TestVenues.NewVenue cafe = TestVenues.newVenue(port, "Cà phê Góc Phố", "restaurant");
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Đinh Công Tráng"), "SELF").path("qid").asString();
        String path = "/portal/api/people/" + qid + "/checkins";
        HttpResponse<String> in = browser.send("POST", path,
                "{\"venueCode\":\"" + cafe.venueCode() + "\",\"direction\":\"IN\"}");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(201);
        assertThat(jsonOf(in).path("venue").path("name").asString()).isEqualTo("Cà phê Góc Phố");
        HttpResponse<String> out = browser.send("POST", path, // as typed: lower case
                "{\"venueCode\":\"" + cafe.venueCode().toLowerCase() + "\",\"direction\":\"OUT\"}");
        assertThat(out.statusCode()).as(out.body()).isEqualTo(201);

        JsonNode visits = jsonOf(browser.send("GET", path, null));
        assertThat(visits.path("total").asLong()).isEqualTo(2);
        assertThat(directions(visits)).containsExactly("OUT", "IN");
        assertThat(visits.path("items").path(0).path("venueName").asString()).isEqualTo("Cà phê Góc Phố");
        assertThat(visits.path("items").path(0).path("source").asString()).isEqualTo("SELF");
        assertThat(jsonOf(browser.send("GET", path + "?size=1&page=1", null)).path("items").path(0).path("direction")
                .asString()).isEqualTo("IN");

        HttpResponse<String> audit = TestClients.send(port, "GET", "/api/v1/admin/audit?clientId=portal&qid=" + qid,
                TestClients.adminToken(port), null);
        List<String> purposes = new ArrayList<>();
        jsonOf(audit).path("items").forEach(item -> purposes.add(item.path("purpose").asString()));
        assertThat(purposes).contains("GET /api/v1/checkins/mine");
    }

    @Test
    void aBadCheckInGetsTheApisProblem() throws Exception {
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Mai Hắc Đế"), "SELF").path("qid").asString();
        HttpResponse<String> refused = browser.send("POST", "/portal/api/people/" + qid + "/checkins",
                "{\"venueCode\":\"not-a-code\",\"direction\":\"IN\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("venueCode");
    }

    @Test
    void aVenuesPublicFactsNeedNoSignInAndAnUnknownVenueIs404() throws Exception {
        TestVenues.NewVenue shop = TestVenues.newVenue(port, "Tạp hoá Bà Tư", "shop");
        HttpResponse<String> facts = browser().send("GET", "/portal/api/venues/" + shop.venueCode(), null);
        assertThat(facts.statusCode()).as(facts.body()).isEqualTo(200);
        assertThat(jsonOf(facts).path("name").asString()).isEqualTo("Tạp hoá Bà Tư");
        assertThat(jsonOf(facts).path("provinceName").asString()).isNotBlank();
        assertThat(jsonOf(facts).path("type").asString()).isNotBlank();
        HttpResponse<String> unknown = browser().send("GET", "/portal/api/venues/0000000000", null);
        assertThat(unknown.statusCode()).isIn(400, 404);
    }

    private static List<String> directions(JsonNode page) {
        List<String> directions = new ArrayList<>();
        page.path("items").forEach(item -> directions.add(item.path("direction").asString()));
        return directions;
    }
}
