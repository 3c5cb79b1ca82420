package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.tracing.TestCases;
import vn.qrqg.venues.TestVenues;

/**
 * A citizen reads their person's exposure alerts through the portal: the API's answer, uncached,
 * audited as the portal's read, naming nothing of the case; nobody else's account reads them.
 */
class PortalAlertsIT extends PortalApiTestSupport {

    @Test
    void aCitizenReadsTheirPersonsAlertAfterACaseAtTheirVenueAndAnotherAccountCannot() throws Exception {
        Browser citizen = browser().signIn();
        String qid = citizen.declare(someone("Đặng Thị Thu Hà"), "SELF").path("qid").asString();
        String alerts = "/portal/api/people/" + qid + "/alerts";
        HttpResponse<String> none = citizen.send("GET", alerts, null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        assertThat(jsonOf(none).path("items").isEmpty()).isTrue();
        assertThat(none.headers().firstValue("Cache-Control")).hasValue("no-store, private");

        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Bún Chả Hương Liên", "restaurant");
        HttpResponse<String> in = citizen.send("POST", "/portal/api/people/" + qid + "/checkins",
                "{\"venueCode\":\"" + venue.venueCode() + "\",\"direction\":\"IN\"}");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(201);
        Person patient = someone("Ca Bệnh Bàn Bên");
        TestCases.cameIn(port, venue, patient);
        String caseId = TestCases.reported(port, TestCases.healthAuthority(port), patient);

        JsonNode alert = awaitAlerts(citizen, alerts).path(0);
        assertThat(alert.path("level").asString()).isEqualTo("F1");
        assertThat(alert.path("venue").path("name").asString()).isEqualTo("Quán Bún Chả Hương Liên");
        assertThat(alert.path("advice").path("vi").asString()).contains("F1");
        assertThat(alert.path("withdrawn").asBoolean()).isFalse();
        assertThat(alert.toString()).doesNotContain(patient.documentNumber(), "Bàn Bên", "BAN BEN", caseId);
        List<Map<String, Object>> audit = asOwner().sql("""
                        select client_id, qid from audit_record where purpose = 'GET /api/v1/citizens/{qid}/alerts'
                        and qid = :qid""").param("qid", qid).query().listOfRows();
        assertThat(audit).isNotEmpty().allSatisfy(row -> assertThat(row.get("client_id")).isEqualTo("portal"));

        Browser other = browser().signIn();
        HttpResponse<String> refused = other.send("GET", alerts, null);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(jsonOf(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-your-person");
        assertThat(refused.body()).doesNotContain("F1");
    }

    /** The person's alerts once tracing, in the background, gave them some. */
    private static JsonNode awaitAlerts(Browser citizen, String path) throws Exception {
        long deadline = System.nanoTime() + TestCases.TRACED_WITHIN.toNanos();
        JsonNode items = jsonOf(citizen.send("GET", path, null)).path("items");
        while (items.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            items = jsonOf(citizen.send("GET", path, null)).path("items");
        }
        assertThat(items.size()).as("alerts within %s", TestCases.TRACED_WITHIN).isEqualTo(1);
        return items;
    }
}
