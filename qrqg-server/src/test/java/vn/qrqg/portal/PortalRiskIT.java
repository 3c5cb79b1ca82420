package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.risk.TestRiskLevels;
import vn.qrqg.venues.TestVenues;

/**
 * A citizen reads the risk levels of their person's commune and of the venues they checked in at:
 * the levels the public map shows, after a province's officials declared them; the commune's read
 * audited as the portal's; nobody else's account reads them.
 */
class PortalRiskIT extends PortalApiTestSupport {
    private static final String DA_NANG = "48"; // a province no other test declares levels in

    @Autowired
    AdministrativeAreas areas;

    @Test
    void aCitizenSeesTheLevelsOfTheirCommuneAndOfTheirVenuesCommunesAsTheMapShowsThemAndNoOtherAccountDoes()
            throws Exception {
        List<AdministrativeAreas.Commune> communes = areas.communesOf(DA_NANG);
        int first = Math.floorMod(UUID.randomUUID().hashCode(), communes.size() - 1);
        String home = communes.get(first).code();
        String away = communes.get(first + 1).code();
        Person person = TestPeople.registered(registryImport, "Võ Thị Sáu", 1927, Gender.FEMALE, ",commune_code",
                "," + home);
        Browser citizen = browser().signIn();
        String qid = citizen.declare(person, "SELF").path("qid").asString();
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Chợ Hàn", "market", DA_NANG, away);
        HttpResponse<String> in = citizen.send("POST", "/portal/api/people/" + qid + "/checkins",
                "{\"venueCode\":\"" + venue.venueCode() + "\",\"direction\":\"IN\"}");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(201);

        TestRiskLevels.assessedToday(port);
        String officials = TestRiskLevels.officialsOf(port, DA_NANG);
        try {
            TestRiskLevels.declared(port, officials, home, 3);
            TestRiskLevels.declared(port, officials, away, 4);
            JsonNode levels = jsonOf(get("/api/v1/risk/levels?scope=commune&provinceCode=" + DA_NANG));
            Map<String, JsonNode> map = new HashMap<>();
            levels.path("items").forEach(item -> map.put(item.path("code").asString(), item));

            HttpResponse<String> answer = citizen.send("GET", "/portal/api/people/" + qid + "/risk", null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode risk = jsonOf(answer);
            assertThat(risk.path("date").asString()).isEqualTo(levels.path("date").asString());
            String assessedOn = levels.path("assessedOn").asString();
            assertSameLevel(risk.path("home"), map.get(home), assessedOn, 3);
            JsonNode visited = risk.path("venues").path(0);
            assertThat(risk.path("venues").size()).isEqualTo(1);
            assertThat(visited.path("venueCode").asString()).isEqualTo(venue.venueCode());
            assertThat(visited.path("venueName").asString()).isEqualTo("Chợ Hàn");
            assertThat(visited.path("lastCheckInAt").asString()).isNotEmpty();
            assertSameLevel(visited.path("commune"), map.get(away), assessedOn, 4);
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");

            List<Map<String, Object>> audit = asOwner().sql("""
                            select client_id, fields from audit_record
                            where purpose = 'GET /portal/api/people/{qid}/risk' and qid = :qid""")
                    .param("qid", qid).query().listOfRows();
            assertThat(audit).hasSize(1);
            assertThat(audit.getFirst().get("client_id")).isEqualTo("portal");
            assertThat(audit.getFirst().get("fields").toString()).isEqualTo("{home}");

            Browser other = browser().signIn();
            HttpResponse<String> refused = other.send("GET", "/portal/api/people/" + qid + "/risk", null);
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(jsonOf(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-your-person");
            assertThat(refused.body()).doesNotContain(home, "Chợ Hàn");
        } finally {
            TestRiskLevels.lifted(port, officials, home);
            TestRiskLevels.lifted(port, officials, away);
        }
    }

    /** The item's name, levels and day of assessment are the public map's; the declared level applies. */
    private static void assertSameLevel(JsonNode shown, JsonNode onTheMap, String assessedOn, int declared) {
        assertThat(shown.path("code").asString()).isEqualTo(onTheMap.path("code").asString());
        assertThat(shown.path("name").asString()).isEqualTo(onTheMap.path("name").asString()).isNotEmpty();
        assertThat(shown.path("level").asInt()).isEqualTo(onTheMap.path("level").asInt()).isEqualTo(declared);
        assertThat(shown.path("declaredLevel").asInt()).isEqualTo(declared);
        assertThat(shown.path("computedLevel").asInt()).as("shown beside it")
                .isEqualTo(onTheMap.path("computedLevel").asInt()).isBetween(1, 4);
        assertThat(shown.path("assessedOn").asString()).isEqualTo(assessedOn);
    }
}
