package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;

/** Health officers' queries over real HTTP (scope {@code health:read}): by vehicle and day, and by person. */
class OfficerQueriesIT extends DeclarationsTestSupport {

    @Test
    void theTravellersOfOneFlightAreFoundHoweverItsNumberIsSpelledAndEachReadIsAudited() throws Exception {
        String flight = uniqueFlight(); // e.g. "QH 482913"
        String digits = flight.substring(3);
        LocalDate today = todayInVietnam();
        Holder a = holder("Lương Văn An", 1916, Gender.MALE);
        Holder b = holder("Lương Thị Bình", 1916, Gender.FEMALE);
        Holder c = holder("Lương Văn Cường", 1916, Gender.MALE);
        declared(a, TRAVEL, travel("AIRPLANE", flight, today + "T08:30:00+07:00", today + "T10:35:00+07:00"));
        declared(b, TRAVEL, travel("AIRPLANE", "qh-" + digits, today + "T08:30:00+07:00", null));
        declared(c, TRAVEL, travel("AIRPLANE", flight + "1", today + "T08:30:00+07:00", null));
        TestClients.CertifiedApp officer = officerApp(Scopes.HEALTH_READ);
        String token = officer.token(port, Scopes.HEALTH_READ);

        for (String spelling : List.of(flight, "QH" + digits, "Qh." + digits, " qh - " + digits + " ")) {
            JsonNode page = onVehicle(token, spelling, today);
            assertThat(page.path("total").asLong()).as(spelling).isEqualTo(2);
            assertThat(each(page, "qid")).as(spelling).containsExactlyInAnyOrder(a.qid(), b.qid());
        }
        List<Map<String, Object>> audit = auditOf(officer.clientId());
        assertThat(audit).hasSize(8).allSatisfy(record -> assertThat(record)
                .containsEntry("scope", "health:read").containsEntry("purpose", "GET /api/v1/declarations/travel")
                .containsEntry("outcome", "READ")
                .containsEntry("fields", String.join(",", TravelDeclaration.FIELDS)));
        assertThat(audit.stream().map(record -> record.get("qid")).distinct()).containsExactlyInAnyOrder(a.qid(),
                b.qid());
    }

    @Test
    void aDayIsADayInVietnamAndATravelCountsOnEveryDayItIsOnBoard() throws Exception {
        String flight = uniqueFlight();
        LocalDate day = todayInVietnam();
        LocalDate before = day.minusDays(1);
        Holder holder = holder("Kiều Văn Đông", 1917, Gender.MALE);
        String atMidnight = declared(holder, TRAVEL, travel("AIRPLANE", flight, day + "T00:00:00+07:00", null))
                .path("id").asString();
        // 23:59:59 in Vietnam the day before, sent in UTC
        String lastSecond = declared(holder, TRAVEL, travel("AIRPLANE", flight, before + "T16:59:59Z", null))
                .path("id").asString();
        String overnight = declared(holder, TRAVEL, travel("AIRPLANE", flight, before + "T22:00:00+07:00",
                day + "T00:00:00+07:00")).path("id").asString();
        String token = officerApp(Scopes.HEALTH_READ).token(port, Scopes.HEALTH_READ);

        assertThat(each(onVehicle(token, flight, day), "id")).containsExactlyInAnyOrder(atMidnight, overnight);
        assertThat(each(onVehicle(token, flight, before), "id")).containsExactly(overnight, lastSecond);
        assertThat(onVehicle(token, flight, day.plusDays(1)).path("total").asLong()).isZero();
    }

    @Test
    void aSearchThatFindsNobodyIsAuditedToo() throws Exception {
        TestClients.CertifiedApp officer = officerApp(Scopes.HEALTH_READ);
        onVehicle(officer.token(port, Scopes.HEALTH_READ), uniqueFlight(), todayInVietnam());
        assertThat(auditOf(officer.clientId())).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("qid", null).containsEntry("fields", "").containsEntry("outcome", "NONE"));
    }

    @Test
    void anOfficerReadsOnePersonsDeclarationsNewestFirst() throws Exception {
        Holder holder = holder("Mạc Thị Hoa", 1918, Gender.FEMALE);
        String health = declared(holder, HEALTH, "{\"symptoms\":[\"COUGH\"],\"contactWithConfirmedCase\":false,"
                + "\"placesVisited\":[{\"provinceCode\":\"48\"}]}").path("id").asString();
        String travel = declared(holder, TRAVEL, travel("TRAIN", "SE 1", todayInVietnam() + "T19:00:00+07:00",
                null)).path("id").asString();
        TestClients.CertifiedApp officer = officerApp(Scopes.HEALTH_READ);

        HttpResponse<String> response = TestClients.send(port, "GET", "/api/v1/declarations?qid=" + holder.qid(),
                officer.token(port, Scopes.HEALTH_READ), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = TestClients.json(response.body());
        assertThat(each(page, "id")).containsExactly(travel, health);
        assertThat(auditOf(officer.clientId())).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("qid", holder.qid()).containsEntry("scope", "health:read")
                .containsEntry("purpose", "GET /api/v1/declarations").containsEntry("outcome", "READ"));
    }

    @Test
    void onlyHealthReadMayQuery() throws Exception {
        Holder holder = holder("Ninh Văn Sơn", 1919, Gender.MALE);
        String vehicleQuery = TRAVEL + "?vehicleNumber=VN123&day=" + todayInVietnam();
        String personQuery = "/api/v1/declarations?qid=" + holder.qid();
        String scanner = officerApp(Scopes.SCAN_HEALTH).token(port, Scopes.SCAN_HEALTH);
        for (String path : List.of(vehicleQuery, personQuery)) {
            HttpResponse<String> response = TestClients.send(port, "GET", path, scanner, null);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).contains("insufficient-scope");
            // the person's own app, with their holder token, is no health officer either
            assertThat(as(holder, "GET", path, null).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void badQueriesNameTheirParameters() throws Exception {
        String token = officerApp(Scopes.HEALTH_READ).token(port, Scopes.HEALTH_READ);
        assertThat(errorFields(badRequest(token, TRAVEL))).containsExactly("vehicleNumber", "day");
        assertThat(errorFields(badRequest(token, TRAVEL + "?vehicleNumber=VN%23123&day=11%2F09%2F2021&size=0")))
                .containsExactly("vehicleNumber", "day", "size");
        assertThat(errorFields(badRequest(token, "/api/v1/declarations?qid=12345")))
                .containsExactly("qid");
        assertThat(errorFields(badRequest(token, "/api/v1/declarations"))).containsExactly("qid");
    }

    private JsonNode onVehicle(String token, String vehicle, LocalDate day) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", TRAVEL + "?vehicleNumber="
                + URLEncoder.encode(vehicle, StandardCharsets.UTF_8) + "&day=" + day, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    private JsonNode badRequest(String token, String path) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", path, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return TestClients.json(response.body());
    }
}
