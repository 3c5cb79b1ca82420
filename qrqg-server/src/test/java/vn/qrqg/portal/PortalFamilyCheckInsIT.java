package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.venues.TestVenues;

/**
 * {@code POST /portal/api/checkins}: several of the account's people checked in at once, each
 * with their own holder and their own answer; a QID the account does not hold is refused for that
 * item and nobody is checked in for it. Venues in Đắk Lắk, which no other test uses.
 */
class PortalFamilyCheckInsIT extends PortalApiTestSupport {
    private static final String DAK_LAK = "66";
    private static final String TUY_HOA = "22015";

    @Test
    void twoPeopleCheckedInAtOnceAreTwoCheckInsEachUnderTheirOwnPerson() throws Exception {
        TestVenues.NewVenue market = venue("Chợ Tuy Hoà");
        Browser family = browser().signIn();
        String mother = family.declare(someone("Nguyễn Thị Hoa"), "SELF").path("qid").asString();
        String son = family.declare(someone("Trần Văn Bình"), "DEPENDANT").path("qid").asString();

        HttpResponse<String> answer = family.send("POST", "/portal/api/checkins", body(market, "IN", mother, son));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode items = jsonOf(answer).path("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.path(0).path("qid").asString()).isEqualTo(mother);
        assertThat(items.path(1).path("qid").asString()).isEqualTo(son);
        for (JsonNode item : items) {
            assertThat(item.path("status").asString()).isEqualTo("CHECKED_IN");
            assertThat(item.path("checkIn").path("venue").path("name").asString()).isEqualTo("Chợ Tuy Hoà");
            assertThat(item.path("checkIn").path("direction").asString()).isEqualTo("IN");
            assertThat(item.has("error")).isFalse();
        }
        for (String qid : List.of(mother, son)) {
            JsonNode visits = visits(family, qid);
            assertThat(visits.path("total").asLong()).isEqualTo(1);
            assertThat(visits.path("items").path(0).path("source").asString()).isEqualTo("SELF");
        }
    }

    @Test
    void aQidOfAnotherCitizensPersonIsRefusedForThatItemAndNothingIsStoredForIt() throws Exception {
        TestVenues.NewVenue clinic = venue("Phòng khám Bình Kiến");
        Browser other = browser().signIn();
        String stranger = other.declare(someone("Lê Văn Tám"), "SELF").path("qid").asString();
        Browser attacker = browser().signIn();
        String own = attacker.declare(someone("Phạm Thị Cúc"), "SELF").path("qid").asString();
        String nobody = "999999999999999999";

        HttpResponse<String> answer = attacker.send("POST", "/portal/api/checkins",
                body(clinic, "IN", own, stranger, nobody));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode items = jsonOf(answer).path("items");
        assertThat(items.path(0).path("status").asString()).isEqualTo("CHECKED_IN");
        JsonNode refused = items.path(1);
        assertThat(refused.path("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.has("checkIn")).isFalse();
        assertThat(refused.path("error").path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-your-person");
        // another account's person is answered exactly as nobody is: nothing tells them apart
        JsonNode ofNobody = items.path(2);
        assertThat(ofNobody.path("status").asString()).isEqualTo("REFUSED");
        assertThat(ofNobody.path("error")).isEqualTo(refused.path("error"));
        assertThat(answer.body()).doesNotContain("Lê Văn Tám");

        assertThat(visits(other, stranger).path("total").asLong()).isZero();
        assertThat(visits(attacker, own).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyStoresOnce() throws Exception {
        TestVenues.NewVenue shop = venue("Tạp hoá Hai Lần");
        Browser family = browser().signIn();
        String mother = family.declare(someone("Hồ Thị Mai"), "SELF").path("qid").asString();
        String daughter = family.declare(someone("Hồ Thị Lan"), "DEPENDANT").path("qid").asString();
        byte[] body = body(shop, "IN", mother, daughter).getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = family.send("POST", "/portal/api/checkins", "application/json", body,
                "Idempotency-Key", key);
        HttpResponse<String> again = family.send("POST", "/portal/api/checkins", "application/json", body,
                "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(visits(family, mother).path("total").asLong()).isEqualTo(1);
        assertThat(visits(family, daughter).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aBadRequestNamesItsFieldsAndChecksNobodyIn() throws Exception {
        TestVenues.NewVenue shop = venue("Tạp hoá Sai Hướng");
        Browser family = browser().signIn();
        String qid = family.declare(someone("Võ Văn Kiệt"), "SELF").path("qid").asString();

        HttpResponse<String> badDirection = family.send("POST", "/portal/api/checkins", body(shop, "SIDEWAYS", qid));
        assertThat(badDirection.statusCode()).as(badDirection.body()).isEqualTo(400);
        assertThat(fields(badDirection)).containsExactly("direction");

        HttpResponse<String> twice = family.send("POST", "/portal/api/checkins", body(shop, "IN", qid, qid));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(fields(twice)).containsExactly("qids");

        HttpResponse<String> nobody = family.send("POST", "/portal/api/checkins",
                "{\"venueCode\":\"not-a-code\",\"direction\":\"IN\",\"qids\":[]}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(fields(nobody)).containsExactlyInAnyOrder("venueCode", "qids");

        HttpResponse<String> empty = family.send("POST", "/portal/api/checkins", null);
        assertThat(empty.statusCode()).isEqualTo(400);

        assertThat(visits(family, qid).path("total").asLong()).isZero();
    }

    @Test
    void aSuspendedOrUnknownVenueRefusesTheWholeRequestAsTheSingleCheckInDoes() throws Exception {
        TestVenues.NewVenue closed = venue("Quán Đóng Cửa");
        TestVenues.setStatus(port, closed.venueCode(), "SUSPENDED");
        Browser family = browser().signIn();
        String qid = family.declare(someone("Đỗ Thị Hà"), "SELF").path("qid").asString();

        HttpResponse<String> suspended = family.send("POST", "/portal/api/checkins", body(closed, "IN", qid));
        HttpResponse<String> single = family.send("POST", "/portal/api/people/" + qid + "/checkins",
                "{\"venueCode\":\"" + closed.venueCode() + "\",\"direction\":\"IN\"}");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(single.statusCode()).isEqualTo(409);
        assertThat(jsonOf(suspended).path("type")).isEqualTo(jsonOf(single).path("type"));

        HttpResponse<String> unknown = family.send("POST", "/portal/api/checkins",
                "{\"venueCode\":\"0000000000\",\"direction\":\"IN\",\"qids\":[\"" + qid + "\"]}");
        HttpResponse<String> singleUnknown = family.send("POST", "/portal/api/people/" + qid + "/checkins",
                "{\"venueCode\":\"0000000000\",\"direction\":\"IN\"}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(singleUnknown.statusCode());
        assertThat(jsonOf(unknown).path("type")).isEqualTo(jsonOf(singleUnknown).path("type"));

        assertThat(visits(family, qid).path("total").asLong()).isZero();
    }

    /** No session, no check-in: a signed-out caller is 401 and names nobody. */
    @Test
    void aSignedOutCallerChecksNobodyIn() throws Exception {
        TestVenues.NewVenue shop = venue("Tạp hoá Khoá Cửa");
        HttpResponse<String> answer = browser().send("POST", "/portal/api/checkins",
                body(shop, "IN", "999999999999999999"));
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private TestVenues.NewVenue venue(String name) throws Exception {
        return TestVenues.newVenue(port, name, "shop", DAK_LAK, TUY_HOA);
    }

    private static String body(TestVenues.NewVenue venue, String direction, String... qids) {
        List<String> quoted = new ArrayList<>();
        for (String qid : qids) {
            quoted.add("\"" + qid + "\"");
        }
        return "{\"venueCode\":\"" + venue.venueCode() + "\",\"direction\":\"" + direction + "\",\"qids\":["
                + String.join(",", quoted) + "]}";
    }

    private static JsonNode visits(Browser browser, String qid) throws Exception {
        HttpResponse<String> visits = browser.send("GET", "/portal/api/people/" + qid + "/checkins", null);
        assertThat(visits.statusCode()).as(visits.body()).isEqualTo(200);
        return jsonOf(visits);
    }

    private static List<String> fields(HttpResponse<String> problem) {
        List<String> fields = new ArrayList<>();
        jsonOf(problem).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
