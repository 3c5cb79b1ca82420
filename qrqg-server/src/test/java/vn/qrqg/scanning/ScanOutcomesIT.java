package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.codec.venue.VenueUrl;
import vn.qrqg.venues.TestVenues;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.SigningKeys;

/** Every outcome of FORMATS.md §4 over {@code POST /api/v1/scans}, and who may scan. */
class ScanOutcomesIT extends ScanningTestSupport {

    @Autowired
    SigningKeys signingKeys;

    @Test
    void anOlderQrScansSupersededAndStillIdentifiesThePerson() throws Exception {
        Person person = registeredInFull("Đỗ Văn Long", 1919, Gender.MALE);
        String issuer = issuerToken();
        JsonNode first = issued(issuer, person, "\"phone\":\"0912000001\"");
        JsonNode second = reissuedByHolder(issuer, first, person.body("\"phone\":\"0912000002\""));
        String police = scannerToken(Scopes.SCAN_POLICE);

        JsonNode old = scanned(police, first.path("qr").path("full").asString());
        assertThat(old.path("outcome").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.path("person").path("qid").asString()).isEqualTo(first.path("qid").asString());
        assertThat(old.path("person").path("phone").asString()).isEqualTo("0912000002"); // the current one
        assertThat(scanned(police, first.path("qr").path("masked").asString()).path("outcome").asString())
                .isEqualTo("SUPERSEDED");
        assertThat(scanned(police, second.path("qr").path("full").asString()).path("outcome").asString())
                .isEqualTo("VALID");
    }

    @Test
    void concurrentScansOfDifferentPeopleEachGetTheirOwnPersonAndOutcome() throws Exception {
        // scans arriving together are looked up together: none may get another's person or outcome
        String issuer = issuerToken();
        Map<String, String> expected = new LinkedHashMap<>(); // text -> outcome, QID (or document number), phone
        for (int i = 0; i < 4; i++) {
            Person person = registeredInFull("Phan Văn Tú", 1940 + i, Gender.MALE);
            JsonNode first = issued(issuer, person, "\"phone\":\"09120000" + i + "1\"");
            JsonNode second = reissuedByHolder(issuer, first, person.body("\"phone\":\"09120000" + i + "2\""));
            String qid = second.path("qid").asString();
            expected.put(first.path("qr").path("masked").asString(), "SUPERSEDED " + qid + " 09120000" + i + "2");
            expected.put(second.path("qr").path("full").asString(), "VALID " + qid + " 09120000" + i + "2");
            Person withoutQr = registeredInFull("Lâm Thị Thu", 1950 + i, Gender.FEMALE);
            expected.put(withoutQr.documentNumber() + "||Lâm Thị Thu|0403" + (1950 + i) + "|Nữ|Hà Nội|10072021",
                    "VALID " + withoutQr.documentNumber() + " 0900000001");
        }
        String never = PersonalQrContent.of(DocumentNumber.parse(TestPeople.cccdNumber(1927, Gender.MALE)),
                "Bui Van Hai", BirthDate.parse("1927-03-04"), Qid.generate(), null, Gender.MALE, null, null)
                .sign(QrForm.FULL, signingKeys.activeSigner());
        expected.put(never, "NOT_FOUND");
        String police = scannerToken(Scopes.SCAN_POLICE);
        List<String> texts = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            texts.addAll(expected.keySet());
        }
        try (ExecutorService scanners = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (String text : texts) {
                answers.add(scanners.submit(() -> scanned(police, text)));
            }
            for (int n = 0; n < texts.size(); n++) {
                JsonNode answer = answers.get(n).get(60, TimeUnit.SECONDS);
                JsonNode person = answer.path("person");
                String key = person.path("qid").isNull() ? person.path("documentNumber").asString()
                        : person.path("qid").asString();
                String seen = answer.path("outcome").asString()
                        + (answer.has("person") ? " " + key + " " + person.path("phone").asString() : "");
                assertThat(seen).isEqualTo(expected.get(texts.get(n)));
            }
        }
    }

    @Test
    void aQrSignedByThePlatformForAQidNobodyHoldsIsNotFound() throws Exception {
        // signed in-process with the platform's own key: a scanner cannot tell it from an issued QR
        String forged = PersonalQrContent.of(DocumentNumber.parse(TestPeople.cccdNumber(1927, Gender.MALE)),
                "Bui Van Hai", BirthDate.parse("1927-03-04"), Qid.generate(), null, Gender.MALE, null, null)
                .sign(QrForm.FULL, signingKeys.activeSigner());
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_POLICE), forged);
        assertThat(answer.path("outcome").asString()).isEqualTo("NOT_FOUND");
        assertThat(answer.has("person")).isFalse();
    }

    @Test
    void aSignedQrThatIsNoneOfThePersonsVersionsIsNotFound() throws Exception {
        Person person = registeredInFull("Ngô Văn An", 1912, Gender.MALE);
        JsonNode issued = issued(issuerToken(), person, null);
        String neverIssued = PersonalQrContent.of(DocumentNumber.parse(person.documentNumber()), person.fullName(),
                BirthDate.parse(person.dateOfBirth()), new Qid(issued.path("qid").asString()), null, Gender.MALE, null,
                "0999999999").sign(QrForm.FULL, signingKeys.activeSigner());
        assertThat(scanned(scannerToken(Scopes.SCAN_VENUE), neverIssued).path("outcome").asString())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aCccdCardOfSomeoneNotInTheRegistryIsNotFound() throws Exception {
        String card = TestPeople.cccdNumber(1913, Gender.MALE) + "||Không Có Ai|04031913|Nam|Hà Nội|10072021";
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_POLICE), card);
        assertThat(answer.path("outcome").asString()).isEqualTo("NOT_FOUND");
        assertThat(answer.path("format").asString()).isEqualTo("CCCD_CARD");
        assertThat(answer.has("person")).isFalse();
    }

    @Test
    void aTypedCardOfARealNumberWithAnotherNameOrBirthDateIsNotFoundLikeAnUnknownNumber() throws Exception {
        Person person = registeredInFull("Trịnh Thị Hằng", 1914, Gender.FEMALE);
        issued(issuerToken(), person, null);
        String venue = scannerToken(Scopes.SCAN_VENUE);
        String unknown = scan(venue, TestPeople.cccdNumber(1914, Gender.FEMALE) + "||A|01011914|Nữ|X|01012021").body();
        for (String typed : List.of(person.documentNumber() + "||A|01011914|Nữ|X|01012021",
                person.documentNumber() + "||Trịnh Thị Hoa|04031914|Nữ|Hà Nội|10072021",
                person.documentNumber() + "||Trịnh Thị Hằng|05031914|Nữ|Hà Nội|10072021")) {
            HttpResponse<String> answer = scan(venue, typed);
            assertThat(answer.statusCode()).isEqualTo(200);
            // the same answer, byte for byte, as for a number nobody holds: no name, no card colour
            assertThat(answer.body()).isEqualTo(unknown).doesNotContain("shortName", "covidCard");
            assertThat(TestClients.json(answer.body()).path("outcome").asString()).isEqualTo("NOT_FOUND");
        }
        JsonNode honest = scanned(venue, person.documentNumber() + "||TRINH THI HANG|04031914|Nữ|Hà Nội|10072021");
        assertThat(honest.path("outcome").asString()).isEqualTo("VALID");
        assertThat(honest.path("person").path("shortName").asString()).isEqualTo("Trịnh T. H.");
    }

    @Test
    void aVenueCodeOfNoVenueIsNotFound() throws Exception {
        String url = VenueUrl.of("http://localhost:8080", VenueCode.generate());
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_VENUE), url);
        assertThat(answer.path("outcome").asString()).isEqualTo("NOT_FOUND");
        assertThat(answer.path("format").asString()).isEqualTo("VENUE");
        assertThat(answer.has("venue")).isFalse();
    }

    @Test
    void aRegisteredVenuesPosterSaysItIsThatVenueAndNoPerson() throws Exception {
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Nhà Hàng Sen Vàng", "restaurant");
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_HEALTH), venue.url());
        assertThat(answer.path("outcome").asString()).isEqualTo("VENUE");
        assertThat(answer.path("format").asString()).isEqualTo("VENUE");
        assertThat(answer.path("venue").path("venueCode").asString()).isEqualTo(venue.venueCode());
        assertThat(answer.path("venue").path("name").asString()).isEqualTo("Nhà Hàng Sen Vàng");
        assertThat(answer.has("person")).isFalse();
    }

    @Test
    void aTamperedQrHasAnInvalidSignature() throws Exception {
        String full = issued(issuerToken(), registeredInFull("Bùi Văn Hải", 1905, Gender.MALE), null)
                .path("qr").path("full").asString();
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_POLICE), full.replace("|BUI VAN HAI|", "|BUI VAN HAO|"));
        assertThat(answer.path("outcome").asString()).isEqualTo("INVALID_SIGNATURE");
        assertThat(answer.has("person")).isFalse();
    }

    @Test
    void aPersonsSignatureMovedOntoTheirOtherTextIsInvalidAndSaysNothingOfWhoHoldsTheQid() throws Exception {
        // both forms are stored, each with its own signature: the copies prove only the texts as signed
        JsonNode issued = issued(issuerToken(), registeredInFull("Bùi Thị Hoa", 1904, Gender.FEMALE), null);
        String full = issued.path("qr").path("full").asString();
        String masked = issued.path("qr").path("masked").asString();
        String swapped = masked.substring(0, masked.lastIndexOf('<') + 1) + full.substring(full.lastIndexOf('<') + 1);
        String nobodys = swapped.replace(issued.path("qid").asString(), Qid.generate().value());
        String police = scannerToken(Scopes.SCAN_POLICE);

        HttpResponse<String> ofTheHolder = scan(police, swapped);
        HttpResponse<String> ofNobody = scan(police, nobodys);

        assertThat(TestClients.json(ofTheHolder.body()).path("outcome").asString()).isEqualTo("INVALID_SIGNATURE");
        assertThat(ofTheHolder.statusCode()).isEqualTo(ofNobody.statusCode()).isEqualTo(200);
        assertThat(ofTheHolder.body()).isEqualTo(ofNobody.body()).doesNotContain("person");
    }

    @Test
    void aMalformedQrNamesTheFieldAndTheProblem() throws Exception {
        String full = issued(issuerToken(), registeredInFull("Vũ Thị Mai", 1928, Gender.FEMALE), null)
                .path("qr").path("full").asString();
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_VENUE), full.replace("|1928-03-04|", "|1928-13-04|"));
        assertThat(answer.path("outcome").asString()).isEqualTo("MALFORMED");
        assertThat(answer.path("field").asString()).isEqualTo("NgaySinh");
        assertThat(answer.path("problem").asString()).isEqualTo("IMPOSSIBLE_DATE");
        assertThat(answer.path("reason").asString()).isNotBlank();
        assertThat(answer.has("person")).isFalse();
    }

    @Test
    void aTextOfNoKnownFormatIsUnsupported() throws Exception {
        JsonNode answer = scanned(scannerToken(Scopes.SCAN_VENUE), "8934588012345");
        assertThat(answer.path("outcome").asString()).isEqualTo("UNSUPPORTED");
        assertThat(answer.path("format").asString()).isEqualTo("UNKNOWN");
        assertThat(answer.path("reason").asString()).isNotBlank();
    }

    @Test
    void aRequestWithoutTextIsA400NamingText() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", SCANS, scannerToken(Scopes.SCAN_VENUE), "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(TestClients.json(response.body()).path("errors").path(0).path("field").asString()).isEqualTo("text");
    }

    @Test
    void anAppWithoutAScanScopeIsForbidden() throws Exception {
        HttpResponse<String> response = scan(issuerToken(), "8934588012345");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(TestClients.json(response.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/insufficient-scope");
    }

    @Test
    void aSuspendedScannerIsRefusedWithTheTokenItHolds() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.SCAN_HEALTH);
        String token = app.token(port, Scopes.SCAN_HEALTH);
        assertThat(scan(token, "8934588012345").statusCode()).isEqualTo(200);
        HttpResponse<String> suspended = TestClients.send(port, "POST", "/api/v1/admin/apps/" + app.appId() + "/status",
                TestClients.adminToken(port), "{\"status\":\"SUSPENDED\"}");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        HttpResponse<String> response = scan(token, "8934588012345");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(TestClients.json(response.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/app-not-certified");
    }
}
