package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;

/** {@code POST /api/v1/declarations/travel} and {@code GET /api/v1/declarations/mine} over real HTTP. */
class TravelDeclarationsIT extends DeclarationsTestSupport {

    @Test
    void thePersonsAppDeclaresATravelKeptInUtcWithTheNumberAsDeclared() throws Exception {
        Holder holder = holder("Đặng Văn Lâm", 1911, Gender.MALE);
        LocalDate today = todayInVietnam();
        JsonNode kept = declared(holder, TRAVEL, travel("AIRPLANE", "vn 123", today + "T08:30:00+07:00",
                today + "T10:35:00+07:00"));
        assertThat(kept.path("kind").asString()).isEqualTo("TRAVEL");
        assertThat(kept.path("qid").asString()).isEqualTo(holder.qid());
        assertThat(kept.path("vehicleNumber").asString()).isEqualTo("vn 123");
        assertThat(kept.path("normalizedVehicleNumber").asString()).isEqualTo("VN123");
        assertThat(kept.path("departureAt").asString()).isEqualTo(today + "T01:30:00Z");
        assertThat(kept.path("arrivalAt").asString()).isEqualTo(today + "T03:35:00Z");
        assertThat(kept.path("transport").asString()).isEqualTo("AIRPLANE");
        assertThat(kept.path("fromCommuneCode").asString()).isEqualTo("00004");
        assertThat(kept.path("seat").asString()).isEqualTo("12A");
    }

    @Test
    void codesTimesAndTransportAreCheckedAndEveryBadOneNamed() throws Exception {
        Holder holder = holder("Bùi Thị Thu", 1912, Gender.FEMALE);
        LocalDate today = todayInVietnam();
        HttpResponse<String> response = as(holder, "POST", TRAVEL, """
                {"fromProvinceCode":"01","fromCommuneCode":"26743","toProvinceCode":"99","toCommuneCode":"26743",
                 "transport":"ROCKET","vehicleNumber":"VN 123","departureAt":"%sT08:30:00",
                 "arrivalAt":"%sT07:00:00+07:00"}""".formatted(today, today));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(errorFields(TestClients.json(response.body()))).containsExactly("fromCommuneCode",
                "toProvinceCode", "transport", "departureAt");

        response = as(holder, "POST", TRAVEL, travel("TRAIN", "SE1", today + "T08:30:00+07:00",
                today + "T08:00:00+07:00"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(errorFields(TestClients.json(response.body()))).containsExactly("arrivalAt");
    }

    @Test
    void anotherAppCannotDeclareATravelWithTheHoldersToken() throws Exception {
        Holder holder = holder("Hồ Văn Phúc", 1913, Gender.MALE);
        HttpResponse<String> response = call(tokenOfCertifiedApp(Scopes.QR_ISSUE), holder.holderToken(), "POST",
                TRAVEL, travel("TRAIN", "SE1", todayInVietnam() + "T08:30:00+07:00", null));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("invalid-holder-token");
    }

    @Test
    void thePersonListsTheirOwnDeclarationsNewestFirstPageByPageAndTheReadsAreAudited() throws Exception {
        Holder holder = holder("Cao Thị Minh", 1914, Gender.FEMALE);
        Holder someoneElse = holder("Cao Văn Nam", 1914, Gender.MALE);
        LocalDate today = todayInVietnam();
        String first = declared(holder, TRAVEL, travel("COACH", "51B-123.45", today + "T06:00:00+07:00", null))
                .path("id").asString();
        String second = declared(holder, HEALTH, "{\"symptoms\":[],\"contactWithConfirmedCase\":false,"
                + "\"placesVisited\":[]}").path("id").asString();
        String third = declared(holder, TRAVEL, travel("BUS", "08", today + "T07:00:00+07:00", null))
                .path("id").asString();
        declared(someoneElse, TRAVEL, travel("BUS", "08", today + "T07:00:00+07:00", null));

        HttpResponse<String> response = as(holder, "GET", MINE + "?size=2", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode page = TestClients.json(response.body());
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(each(page, "id")).containsExactly(third, second);
        assertThat(each(page, "kind")).containsExactly("TRAVEL", "HEALTH");
        JsonNode next = TestClients.json(as(holder, "GET", MINE + "?size=2&page=1", null).body());
        assertThat(each(next, "id")).containsExactly(first);

        List<Map<String, Object>> audit = jdbc.sql("select scope, qid, purpose, outcome, array_to_string(fields, ',')"
                        + " as fields from audit_record where qid = :q and purpose = :p order by at")
                .param("q", holder.qid()).param("p", "GET /api/v1/declarations/mine").query().listOfRows();
        assertThat(audit).hasSize(2).allSatisfy(record -> assertThat(record).containsEntry("scope", null)
                .containsEntry("outcome", "READ"));
        assertThat((String) audit.getFirst().get("fields")).contains("symptoms", "vehicleNumber");
        assertThat((String) audit.getLast().get("fields")).contains("vehicleNumber").doesNotContain("symptoms");
    }

    @Test
    void aBadPageOrSizeIsNamed() throws Exception {
        Holder holder = holder("Tạ Văn Quý", 1915, Gender.MALE);
        HttpResponse<String> response = as(holder, "GET", MINE + "?page=-1&size=101", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(TestClients.json(response.body()))).containsExactly("page", "size");
    }
}
