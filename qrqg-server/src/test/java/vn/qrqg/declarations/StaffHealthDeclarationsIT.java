package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.venues.TestVenues;

/** A venue's staff declare the health of a visitor without a phone, from the visitor's printed QR. */
class StaffHealthDeclarationsIT extends DeclarationsTestSupport {
    private static final String SYMPTOMS = "\"symptoms\":[\"COUGH\"],\"contactWithConfirmedCase\":false,"
            + "\"placesVisited\":[]";

    @Test
    void aStaffScannerDeclaresForTheVisitorWhoseQrItRead() throws Exception {
        VisitorAndScanner setUp = visitorAndScanner("Đỗ Thị Hoa", 1931, Gender.FEMALE);
        HttpResponse<String> response = call(setUp.scannerToken(), null, "POST", HEALTH,
                "{" + SYMPTOMS + ",\"visitorText\":\"" + setUp.printedQr() + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode kept = TestClients.json(response.body());
        assertThat(kept.path("qid").asString()).isEqualTo(setUp.visitor().qid());
        assertThat(kept.path("declaredBy").asString()).isEqualTo("VENUE_STAFF");

        JsonNode mine = TestClients.json(as(setUp.visitor(), "GET", MINE, null).body());
        assertThat(mine.path("items").get(0).path("declaredBy").asString()).isEqualTo("VENUE_STAFF");
        assertThat(jdbc.sql("select count(*) from audit_record where qid = :q and purpose like '%for a visitor%'")
                .param("q", setUp.visitor().qid()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutAVisitorOrWithAnUnreadableOneNothingIsKept() throws Exception {
        VisitorAndScanner setUp = visitorAndScanner("Hà Văn Sơn", 1932, Gender.MALE);
        HttpResponse<String> missing = call(setUp.scannerToken(), null, "POST", HEALTH, "{" + SYMPTOMS + "}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("visitorText");
        HttpResponse<String> nobody = call(setUp.scannerToken(), null, "POST", HEALTH,
                "{" + SYMPTOMS + ",\"visitorText\":\"not a QR at all\"}");
        assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(400);
        assertThat(nobody.body()).contains("visitorText", "identifies nobody");
        assertThat(jdbc.sql("select count(*) from declarations_health where qid = :q")
                .param("q", setUp.visitor().qid()).query(Long.class).single()).isZero();
    }

    @Test
    void thePersonsOwnAppCannotNameAnotherVisitor() throws Exception {
        VisitorAndScanner setUp = visitorAndScanner("Lý Thị Mai", 1933, Gender.FEMALE);
        Holder other = holder("Lý Văn Nam", 1934, Gender.MALE);
        HttpResponse<String> response = as(other, "POST", HEALTH,
                "{" + SYMPTOMS + ",\"visitorText\":\"" + setUp.printedQr() + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("visitorText");
        assertThat(jdbc.sql("select count(*) from declarations_health where qid in (:a, :b)")
                .param("a", setUp.visitor().qid()).param("b", other.qid()).query(Long.class).single()).isZero();
    }

    private record VisitorAndScanner(Holder visitor, String printedQr, String scannerToken) {
    }

    private VisitorAndScanner visitorAndScanner(String name, int year, Gender gender) throws Exception {
        Holder visitor = holder(name, year, gender);
        String printed = TestClients.json(as(visitor, "GET", "/api/v1/citizens/me", null).body())
                .path("qr").path("masked").asString();
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Nhà thuốc Long Châu", "SHOP");
        return new VisitorAndScanner(visitor, printed, TestVenues.staffScanner(port, venue).token(port));
    }
}
