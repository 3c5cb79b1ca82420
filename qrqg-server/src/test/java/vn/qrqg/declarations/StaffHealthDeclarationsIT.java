package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;
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
    void aBareDocumentNumberATypedCardOrAnUnsignedQrIsRefusedNamingVisitorTextAndNothingIsKept() throws Exception {
        Person person = registered("Khổng Thị Yến", 1929 - 3, Gender.FEMALE);
        JsonNode qr = issued(tokenOfCertifiedApp(Scopes.QR_ISSUE), person.body(null));
        String qid = qr.path("qid").asString();
        String masked = qr.path("qr").path("masked").asString();
        String scanner = newScanner();
        String year = person.dateOfBirth().substring(0, 4);
        String unsigned = masked.substring(0, masked.length() - 8) + (masked.endsWith("A") ? "BBBBBBBB" : "AAAAAAAA");
        for (String text : List.of(person.documentNumber(), "******" + person.documentNumber().substring(6),
                card(person, "Khổng Thị Yến", "0101" + year), card(person, "A", "0403" + year),
                card(person, "Khổng Thị Yên Vui", "0403" + year), unsigned)) {
            HttpResponse<String> refused = call(scanner, null, "POST", HEALTH,
                    "{\"symptoms\":[\"FEVER\"],\"contactWithConfirmedCase\":false,\"placesVisited\":[],"
                            + "\"visitorText\":\"" + text + "\"}");
            assertThat(refused.statusCode()).as(text + ": " + refused.body()).isEqualTo(400);
            assertThat(errorFields(TestClients.json(refused.body()))).as(text).containsExactly("visitorText");
            assertThat(refused.body()).doesNotContain(qid, "Khổng");
        }
        assertThat(jdbc.sql("select count(*) from declarations_health where qid = :q").param("q", qid)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_record where qid = :q and purpose like '%for a visitor%'")
                .param("q", qid).query(Long.class).single()).isZero();
    }

    @Test
    void theVisitorsOwnCardOrAnOlderPrintOfTheirQrDeclaresForThem() throws Exception {
        Person person = registered("Đàm Văn Quý", 1929 - 4, Gender.MALE);
        String issuer = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        JsonNode first = issued(issuer, person.body(null));
        reissuedByHolder(issuer, first, person.body("\"phone\":\"0912000077\"")); // the first print is superseded
        String scanner = newScanner();
        String year = person.dateOfBirth().substring(0, 4);
        for (String text : List.of(card(person, "DAM VAN QUY", "0403" + year),
                first.path("qr").path("masked").asString())) {
            HttpResponse<String> response = call(scanner, null, "POST", HEALTH,
                    "{" + SYMPTOMS + ",\"visitorText\":\"" + text + "\"}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(TestClients.json(response.body()).path("qid").asString()).isEqualTo(first.path("qid").asString());
        }
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

    private String newScanner() throws Exception {
        return TestVenues.staffScanner(port, TestVenues.newVenue(port, "Nhà thuốc An Khang", "SHOP")).token(port);
    }

    /** A CCCD card's QR with this person's number and whatever name and birth date ({@code DDMMYYYY}) were typed. */
    private static String card(Person person, String name, String birthDate) {
        return person.documentNumber() + "||" + name + "|" + birthDate + "|"
                + (person.gender() == Gender.MALE ? "Nam" : "Nữ") + "|Hà Nội|10072021";
    }

    private VisitorAndScanner visitorAndScanner(String name, int year, Gender gender) throws Exception {
        Holder visitor = holder(name, year, gender);
        String printed = TestClients.json(as(visitor, "GET", "/api/v1/citizens/me", null).body())
                .path("qr").path("masked").asString();
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Nhà thuốc Long Châu", "SHOP");
        return new VisitorAndScanner(visitor, printed, TestVenues.staffScanner(port, venue).token(port));
    }
}
