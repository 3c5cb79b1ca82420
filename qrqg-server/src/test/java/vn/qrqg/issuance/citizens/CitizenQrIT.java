package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;

/** {@code POST /api/v1/citizens/qr} over real HTTP. */
class CitizenQrIT extends CitizensTestSupport {
    private static final String PATH = ISSUE;

    @Autowired
    JdbcClient jdbc;

    private String issuerA;
    private String issuerB;

    @BeforeEach
    void twoCertifiedIssuers() throws Exception {
        issuerA = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        issuerB = tokenOfCertifiedApp(Scopes.QR_ISSUE);
    }

    @Test
    void twoAppsGetTheSameQidForTheSamePerson() throws Exception {
        Person person = registered("Nguyễn Thị Thuỷ Tiên", 1921, Gender.FEMALE);
        JsonNode fromA = issued(issuerA, person.body(null));
        JsonNode fromB = issued(issuerB, person.body(null));
        assertThat(fromB.path("qid").asString()).isEqualTo(fromA.path("qid").asString()).hasSize(18);
        assertThat(fromB.path("qr").path("full").asString()).isEqualTo(fromA.path("qr").path("full").asString());
        assertThat(fromA.path("qr").path("full").asString())
                .startsWith(person.documentNumber() + "|NGUYEN THI THUY TIEN|1921-03-04|0|" + fromA.path("qid").asString() + "|<2<<<");
        assertThat(fromA.path("qr").path("masked").asString()).startsWith("******");
        assertThat(fromA.path("kid").asString()).hasSize(8);
        assertThat(fromA.path("issuedAt").asString()).isNotBlank();
    }

    /** Two officials issuing in person, so that no code is waited for between the requests. */
    @Test
    void fiftyConcurrentRequestsFromTwoAppsGiveOneQid() throws Exception {
        Person person = registered("Trần Văn Bình", 1925, Gender.MALE);
        String officialA = tokenOfCertifiedApp(Scopes.QR_IN_PERSON);
        String officialB = tokenOfCertifiedApp(Scopes.QR_IN_PERSON);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String token = i % 2 == 0 ? officialA : officialB;
                answers.add(pool.submit(() -> TestClients.send(port, "POST", PATH, token, person.body(null))));
            }
            Set<String> qids = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                qids.add(TestClients.json(response.body()).path("qid").asString());
            }
            assertThat(qids).hasSize(1);
            assertThat(jdbc.sql("select count(*) from issuance_citizen where document_number = :d")
                    .param("d", person.documentNumber()).query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from issuance_qr where qid = :q")
                    .param("q", qids.iterator().next()).query(Long.class).single()).isEqualTo(1L);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aMismatchNamesTheFieldsAndNeverTheRegistryValues() throws Exception {
        Person person = registered("Lê Thị Hoa", 1910, Gender.FEMALE);
        Person wrong = new Person(person.documentNumber(), "Le Thi Hong", "1910-04-03", Gender.FEMALE);
        HttpResponse<String> response = TestClients.send(port, "POST", PATH, issuerA, wrong.body(null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = TestClients.json(response.body());
        List<String> fields = new ArrayList<>();
        problem.path("mismatchedFields").forEach(field -> fields.add(field.asString()));
        assertThat(fields).containsExactly("fullName", "dateOfBirth");
        assertThat(response.body()).doesNotContainIgnoringCase("HOA").doesNotContain("1910-03-04")
                .doesNotContain("Lê Thị");
    }

    @Test
    void anElevenDigitCccdIsA400NamingTheNumberAndItsFormatNotAMismatch() throws Exception {
        Person person = registered("Lý Văn Mười", 1918, Gender.MALE);
        Person typo = new Person(person.documentNumber().substring(1), person.fullName(), person.dateOfBirth(),
                Gender.MALE);
        HttpResponse<String> response = TestClients.send(port, "POST", PATH, issuerA, typo.body(null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = TestClients.json(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("documentNumber");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("12 digits", "not 11");
        assertThat(response.body()).doesNotContain("population", person.documentNumber().substring(1));
    }

    /** Six impossible dates for one real number: not one counts against the five failures a number may have. */
    @Test
    void aThirtiethOfFebruaryIsA400AndNoFailedAttempt() throws Exception {
        Person person = registered("Lý Thị Mười Một", 1917, Gender.FEMALE);
        Person typo = new Person(person.documentNumber(), person.fullName(), "1917-02-30", Gender.FEMALE);
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = TestClients.send(port, "POST", PATH, issuerA, typo.body(null));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode error = TestClients.json(response.body()).path("errors").get(0);
            assertThat(error.path("field").asString()).isEqualTo("dateOfBirth");
            assertThat(error.path("message").asString()).contains("a date that exists", "YYYY-MM-DD");
        }
        issued(issuerA, person.body(null));
    }

    @Test
    void aDeclarationOnBehalfCarriesTheDeclarersQid() throws Exception {
        String household = "HK-IT-" + System.nanoTime();
        JsonNode declarer = issued(issuerA, inHousehold("Phạm Văn Đức", 1900, Gender.MALE, household, true).body(null));
        Person child = inHousehold("Phạm Thị Mai", 1928, Gender.FEMALE, household, false);
        String declarerQid = declarer.path("qid").asString();
        HttpResponse<String> response = postAsHolder(PATH, issuerA, declarer.path("holderToken").asString(),
                child.body("\"declaredBy\":\"" + declarerQid + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        PersonalQr qr = PersonalQr.parse(TestClients.json(response.body()).path("qr").path("full").asString());
        assertThat(qr.fields()).containsEntry("LoaiDinhDanh", "1").containsEntry("QIDNguoiKhaiHo", declarerQid);
    }

    /** An official in person may name a declarer without their token; it must be someone's QID. */
    @Test
    void aDeclarerWithoutQidIsRefused() throws Exception {
        Person person = registered("Võ Văn Tâm", 1920, Gender.MALE);
        HttpResponse<String> response = TestClients.send(port, "POST", PATH, tokenOfCertifiedApp(Scopes.QR_IN_PERSON),
                person.body("\"declaredBy\":\"" + vn.qrqg.codec.personal.Qid.generate().value() + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(TestClients.json(response.body()).path("field").asString()).isEqualTo("declaredBy");
    }

    @Test
    void aBadPhoneIsA400NamingPhone() throws Exception {
        Person person = registered("Đỗ Văn Long", 1919, Gender.MALE);
        HttpResponse<String> response = TestClients.send(port, "POST", PATH, issuerA,
                person.body("\"phone\":\"12345\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(TestClients.json(response.body()).path("errors").get(0).path("field").asString()).isEqualTo("phone");
    }

    @Test
    void aChangedPhoneFromTheHolderIssuesANewVersionAndSupersedesThePrevious() throws Exception {
        Person person = registered("Hoàng Thị Lan", 1915, Gender.FEMALE);
        JsonNode first = issued(issuerA, person.body("\"phone\":\"0912000001\""));
        JsonNode again = issued(issuerB, person.body("\"phone\":\"0912000002\""));
        assertThat(again.path("qr").path("full").asString()).as("another app's proof changes nothing")
                .isEqualTo(first.path("qr").path("full").asString());
        HttpResponse<String> response = postAsHolder(PATH, issuerA, first.path("holderToken").asString(),
                person.body("\"phone\":\"0912000002\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode changed = TestClients.json(response.body());
        assertThat(changed.has("holderToken")).as("the holder's app has its token already").isFalse();
        String qid = first.path("qid").asString();
        assertThat(changed.path("qid").asString()).isEqualTo(qid);
        assertThat(changed.path("qr").path("full").asString()).contains("<0912000002<");
        List<Boolean> superseded = jdbc.sql("select superseded_at is not null from issuance_qr where qid = :q order by version")
                .param("q", qid).query(Boolean.class).list();
        assertThat(superseded).containsExactly(true, false);
    }

    @Test
    void theFullQrVerifiesAgainstThePublishedKeys() throws Exception {
        JsonNode issued = issued(issuerA, registered("Bùi Văn Hải", 1905, Gender.MALE).body(null));
        HttpResponse<String> jwks = get("/.well-known/jwks.json");
        assertThat(jwks.statusCode()).isEqualTo(200);
        ScanClassifier classifier = new ScanClassifier(TrustList.fromJwks(jwks.body()), List.of("http://localhost"));
        assertThat(classifier.classify(issued.path("qr").path("full").asString()).outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(classifier.classify(issued.path("qr").path("masked").asString()).outcome()).isEqualTo(ScanOutcome.VALID);
    }

    /** Someone in the registry in {@code household}, with a phone of their own or none. */
    private Person inHousehold(String name, int year, Gender gender, String household, boolean withPhone) {
        return withPhone
                ? TestPeople.registered(registryImport, name, year, gender, ",household_id", "," + household)
                : TestPeople.registered(registryImport, name, year, gender, ",household_id,phone", "," + household + ",");
    }

    @Test
    void anAppWithoutQrIssueIsForbidden() throws Exception {
        String scanner = tokenOfCertifiedApp(Scopes.SCAN_VENUE);
        HttpResponse<String> response = TestClients.send(port, "POST", PATH, scanner,
                registered("Ngô Văn An", 1912, Gender.MALE).body(null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(TestClients.json(response.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/insufficient-scope");
    }
}
