package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/**
 * Issuance tried as an attacker who knows everything printed on a victim's QR and card and has a
 * certified app (or a phone) of their own: nothing of the victim's is issued, changed or read;
 * and the honest routes still work.
 */
class ProofOfPersonIT extends CitizensTestSupport {
    private static final String PROOF_REQUIRED = "https://qrqg.vn/problems/proof-required";

    @Autowired
    JdbcClient jdbc;

    private String attacker;
    private String citizensApp;

    @BeforeEach
    void apps() throws Exception {
        attacker = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        citizensApp = tokenOfCertifiedApp(Scopes.QR_ISSUE);
    }

    @Test
    void aStrangersFactsOnlySendACodeToThePhoneTheRegistryHoldsAndIssueNothing() throws Exception {
        Person victim = registered("Nguyễn Thị Hằng", 1921, Gender.FEMALE);
        String registryPhone = TestPeople.phoneOf(victim.documentNumber());
        String attackersPhone = TestVenues.randomPhone();
        HttpResponse<String> response = TestClients.send(port, "POST", ISSUE, attacker,
                victim.body("\"phone\":\"" + attackersPhone + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode challenge = TestClients.json(response.body());
        assertThat(challenge.path("sentTo").asString())
                .isEqualTo(registryPhone.substring(0, 2) + "******" + registryPhone.substring(8));
        assertThat(challenge.has("qid")).isFalse();
        assertThat(challenge.has("holderToken")).isFalse();
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(smsTo(attackersPhone)).isEmpty();
        assertThat(smsTo(registryPhone)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from issuance_citizen where document_number = :d")
                .param("d", victim.documentNumber()).query(Long.class).single()).isZero();
    }

    @Test
    void theCodeCompletesTheIssuanceOnlyForTheAppThatStartedIt() throws Exception {
        Person person = registered("Trần Văn Khoa", 1922, Gender.MALE);
        JsonNode challenge = TestClients.json(TestClients.send(port, "POST", ISSUE, citizensApp, person.body(null)).body());
        String code = TestVenues.codeSentTo(port, TestPeople.phoneOf(person.documentNumber()));
        HttpResponse<String> byAnother = complete(attacker, challenge.path("challengeId").asString(), code);
        assertThat(byAnother.statusCode()).as(byAnother.body()).isEqualTo(404);
        assertThat(type(byAnother)).isEqualTo("https://qrqg.vn/problems/challenge-not-found");

        HttpResponse<String> completed = complete(citizensApp, challenge.path("challengeId").asString(), code);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        assertThat(TestClients.json(completed.body()).path("holderToken").asString()).hasSize(43);
        HttpResponse<String> twice = complete(citizensApp, challenge.path("challengeId").asString(), code);
        assertThat(twice.statusCode()).as("a code completes once").isEqualTo(404);
    }

    @Test
    void wrongCodesAreCountedAndTheFifthVoidsTheChallenge() throws Exception {
        Person person = registered("Lê Văn Sơn", 1923, Gender.MALE);
        String id = TestClients.json(TestClients.send(port, "POST", ISSUE, attacker, person.body(null)).body())
                .path("challengeId").asString();
        String code = TestVenues.codeSentTo(port, TestPeople.phoneOf(person.documentNumber()));
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> refused = complete(attacker, id, wrong);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(TestClients.json(refused.body()).path("attemptsLeft").asInt()).isEqualTo(5 - attempt);
        }
        assertThat(complete(attacker, id, wrong).statusCode()).isEqualTo(410);
        HttpResponse<String> right = complete(attacker, id, code);
        assertThat(right.statusCode()).as("the right code, too late").isEqualTo(410);
        assertThat(type(right)).isEqualTo("https://qrqg.vn/problems/too-many-attempts");
        assertThat(complete(attacker, id, "12ab56").statusCode()).isEqualTo(400);
    }

    @Test
    void anotherAppProvingTheSamePersonGetsTheSameQrAndItsOwnHolderToken() throws Exception {
        Person person = registered("Phan Thị Thu", 1924, Gender.FEMALE);
        JsonNode first = issued(citizensApp, person.body("\"phone\":\"0912000011\""));
        JsonNode second = issued(attacker, person.body("\"phone\":\"0912000012\""));
        assertThat(second.path("qid").asString()).isEqualTo(first.path("qid").asString());
        assertThat(second.path("qr").path("full").asString()).isEqualTo(first.path("qr").path("full").asString())
                .contains("<0912000011<");
        assertThat(second.path("holderToken").asString()).isNotEqualTo(first.path("holderToken").asString());
    }

    @Test
    void reDeclaringAStrangerInPersonDoesNotChangeTheirQr() throws Exception {
        Person victim = registered("Đặng Thị Xuân", 1925, Gender.FEMALE);
        JsonNode original = issued(citizensApp, victim.body("\"phone\":\"0912000021\""));
        String official = tokenOfCertifiedApp(Scopes.QR_IN_PERSON);
        HttpResponse<String> response = TestClients.send(port, "POST", ISSUE, official,
                victim.body("\"phone\":\"0912999999\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(TestClients.json(response.body()).path("qr").path("full").asString())
                .isEqualTo(original.path("qr").path("full").asString());
        assertThat(jdbc.sql("select count(*) from issuance_qr where qid = :q and superseded_at is null")
                .param("q", original.path("qid").asString()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aHolderTokenForSomeoneElseProvesNothing() throws Exception {
        JsonNode own = issued(attacker, registered("Hồ Văn Nam", 1926, Gender.MALE).body(null));
        Person victim = registered("Hồ Thị Lệ", 1926, Gender.FEMALE);
        issued(citizensApp, victim.body(null));
        HttpResponse<String> response = postAsHolder(ISSUE, attacker, own.path("holderToken").asString(),
                victim.body("\"phone\":\"0912999998\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(type(response)).isEqualTo("https://qrqg.vn/problems/not-the-holder");
    }

    @Test
    void aDependantIsDeclaredOnlyByAMemberOfTheirHousehold() throws Exception {
        String household = "HK-IT-" + System.nanoTime();
        JsonNode parent = issued(citizensApp, TestPeople.registered(registryImport, "Vũ Văn Hùng", 1900, Gender.MALE,
                ",household_id", "," + household).body(null));
        Person child = TestPeople.registered(registryImport, "Vũ Thị An", 1928, Gender.FEMALE,
                ",household_id,phone", "," + household + ",");
        JsonNode stranger = issued(attacker, registered("Vũ Văn Tài", 1900, Gender.MALE).body(null));
        String behalf = "\"declaredBy\":\"%s\"";

        HttpResponse<String> withoutToken = TestClients.send(port, "POST", ISSUE, attacker,
                child.body(behalf.formatted(parent.path("qid").asString())));
        assertThat(withoutToken.statusCode()).as(withoutToken.body()).isEqualTo(403);
        assertThat(type(withoutToken)).isEqualTo("https://qrqg.vn/problems/holder-token-required");

        HttpResponse<String> outsider = postAsHolder(ISSUE, attacker, stranger.path("holderToken").asString(),
                child.body(behalf.formatted(stranger.path("qid").asString())));
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(403);
        assertThat(type(outsider)).isEqualTo("https://qrqg.vn/problems/not-in-household");

        HttpResponse<String> member = postAsHolder(ISSUE, citizensApp, parent.path("holderToken").asString(),
                child.body(behalf.formatted(parent.path("qid").asString())));
        assertThat(member.statusCode()).as(member.body()).isEqualTo(200);
        assertThat(TestClients.json(member.body()).path("holderToken").asString()).hasSize(43);
    }

    @Test
    void someoneWithoutAPhoneInTheRegistryIsToldWhichRoutesAreOpen() throws Exception {
        Person alone = TestPeople.registeredWithPhone(registryImport, "Cao Văn Lộc", 1910, Gender.MALE, null);
        HttpResponse<String> response = TestClients.send(port, "POST", ISSUE, attacker, alone.body(null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(type(response)).isEqualTo(PROOF_REQUIRED);
        assertThat(TestClients.json(response.body()).path("routes").toString()).isEqualTo("[\"in-person\"]");
        assertThat(TestClients.json(response.body()).path("detail").asString()).contains("in person");

        Person withFamily = TestPeople.registered(registryImport, "Cao Thị Na", 1910, Gender.FEMALE,
                ",household_id,phone", ",HK-IT-" + System.nanoTime() + ",");
        HttpResponse<String> family = TestClients.send(port, "POST", ISSUE, attacker, withFamily.body(null));
        assertThat(TestClients.json(family.body()).path("routes").toString()).isEqualTo("[\"household\",\"in-person\"]");
    }

    @Test
    void anOfficialIssuesInPersonWithoutACodeAndTheAuditNamesTheOfficial() throws Exception {
        Person elderly = TestPeople.registeredWithPhone(registryImport, "Lý Thị Bảy", 1901, Gender.FEMALE, null);
        TestClients.CertifiedApp official = TestClients.certifiedApp(port, Scopes.QR_IN_PERSON);
        HttpResponse<String> response = TestClients.send(port, "POST", ISSUE,
                official.token(port, Scopes.QR_IN_PERSON), elderly.body(null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String qid = TestClients.json(response.body()).path("qid").asString();
        JsonNode audit = TestClients.json(TestClients.send(port, "GET", "/api/v1/admin/audit?qid=" + qid,
                TestClients.adminToken(port), null).body()).path("items").get(0);
        assertThat(audit.path("clientId").asString()).isEqualTo(official.clientId());
        assertThat(audit.path("scope").asString()).isEqualTo(Scopes.QR_IN_PERSON);
        assertThat(audit.path("outcome").asString()).isEqualTo("ISSUED_IN_PERSON");
    }

    @Test
    void failedDeclarationsOfADocumentNumberAreLimitedForEveryApp() throws Exception {
        Person victim = registered("Mai Văn Tiến", 1911, Gender.MALE);
        for (int guess = 1; guess <= 5; guess++) {
            HttpResponse<String> wrong = TestClients.send(port, "POST", ISSUE, attacker,
                    new Person(victim.documentNumber(), victim.fullName(), "1911-0" + guess + "-01", victim.gender())
                            .body(null));
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        }
        HttpResponse<String> sixth = TestClients.send(port, "POST", ISSUE, attacker, victim.body(null));
        assertThat(sixth.statusCode()).as("even the right answer is refused: no oracle").isEqualTo(429);
        assertThat(type(sixth)).isEqualTo("https://qrqg.vn/problems/too-many-declarations");
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(TestClients.send(port, "POST", ISSUE, citizensApp, victim.body(null)).statusCode())
                .as("the limit is the document number's, whichever app").isEqualTo(429);
        Person other = registered("Mai Thị Hiền", 1911, Gender.FEMALE);
        assertThat(TestClients.send(port, "POST", ISSUE, attacker, other.body(null)).statusCode()).isEqualTo(202);
    }

    /** A masked QR shows the birth year: 365 guesses of the day at once must not outrun the count. */
    @Test
    void aBurstOfConcurrentGuessesGetsAtMostFiveAnswersNamingFields() throws Exception {
        Person victim = registered("Mai Văn Hậu", 1911, Gender.MALE);
        List<Integer> statuses = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int day = 1; day <= 40; day++) {
                String guess = "1911-0" + (1 + day % 9) + "-" + (10 + day % 18);
                answers.add(pool.submit(() -> TestClients.send(port, "POST", ISSUE, attacker,
                        new Person(victim.documentNumber(), victim.fullName(), guess, victim.gender()).body(null))));
            }
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            }
        }
        assertThat(statuses.stream().filter(status -> status == 422).count()).isLessThanOrEqualTo(5);
        assertThat(statuses).containsOnly(422, 429);
        assertThat(TestClients.send(port, "POST", ISSUE, citizensApp, victim.body(null)).statusCode()).isEqualTo(429);
    }

    @Test
    void codesSentForOnePersonAreLimitedSoNobodyFloodsTheirPhone() throws Exception {
        Person person = registered("Tạ Văn Đông", 1912, Gender.MALE);
        for (int i = 0; i < 5; i++) {
            assertThat(TestClients.send(port, "POST", ISSUE, attacker, person.body(null)).statusCode()).isEqualTo(202);
        }
        HttpResponse<String> sixth = TestClients.send(port, "POST", ISSUE, citizensApp, person.body(null));
        assertThat(sixth.statusCode()).as(sixth.body()).isEqualTo(429);
        assertThat(type(sixth)).isEqualTo("https://qrqg.vn/problems/too-many-codes");
        assertThat(smsTo(TestPeople.phoneOf(person.documentNumber()))).hasSize(5);
    }

    @Test
    void inPersonIssuancesAreLimitedPerCredential() throws Exception {
        Person person = TestPeople.registeredWithPhone(registryImport, "Kiều Văn Bảo", 1913, Gender.MALE, null);
        String official = tokenOfCertifiedApp(Scopes.QR_IN_PERSON);
        int limit = 200; // qrqg.issuance.proof.in-person-per-credential's default
        for (int i = 0; i < limit; i++) {
            HttpResponse<String> issued = TestClients.send(port, "POST", ISSUE, official, person.body(null));
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        }
        HttpResponse<String> over = TestClients.send(port, "POST", ISSUE, official, person.body(null));
        assertThat(over.statusCode()).as(over.body()).isEqualTo(429);
        assertThat(type(over)).isEqualTo("https://qrqg.vn/problems/in-person-quota-exceeded");
        assertThat(TestClients.send(port, "POST", ISSUE, tokenOfCertifiedApp(Scopes.QR_IN_PERSON), person.body(null))
                .statusCode()).as("another official's credential").isEqualTo(200);
    }

    @Test
    void aCitizenSeesWhichAppsActForThemAndRevokesOne() throws Exception {
        Person person = registered("Lâm Thị Gấm", 1914, Gender.FEMALE);
        JsonNode fromOurs = issued(citizensApp, person.body(null));
        JsonNode fromOther = issued(attacker, person.body(null));
        String qid = fromOurs.path("qid").asString();
        String holders = "/api/v1/citizens/" + qid + "/holders";
        JsonNode list = json(asHolder("GET", holders, citizensApp, fromOurs.path("holderToken").asString()));
        assertThat(list).hasSize(2);
        JsonNode other = list.get(0).path("current").asBoolean() ? list.get(1) : list.get(0);
        assertThat(other.path("appName").asString()).isNotBlank();
        assertThat(other.path("current").asBoolean()).isFalse();

        assertThat(asHolder("DELETE", holders + "/" + other.path("holderId").asString(), citizensApp,
                fromOurs.path("holderToken").asString()).statusCode()).isEqualTo(204);
        assertThat(asHolder("GET", "/api/v1/citizens/me", attacker, fromOther.path("holderToken").asString())
                .statusCode()).as("the revoked app can no longer act").isEqualTo(403);
        assertThat(json(asHolder("GET", holders, citizensApp, fromOurs.path("holderToken").asString()))).hasSize(1);
        assertThat(asHolder("GET", "/api/v1/citizens/" + qid + "/holders", attacker,
                issued(attacker, registered("Lâm Văn Tú", 1914, Gender.MALE).body(null)).path("holderToken").asString())
                .statusCode()).as("another person's holder").isEqualTo(403);
    }

    private List<String> smsTo(String phone) throws Exception {
        JsonNode outbox = TestClients.json(TestClients.send(port, "GET", "/api/v1/admin/sms-outbox?phone=" + phone,
                TestClients.adminToken(port), null).body());
        List<String> texts = new ArrayList<>();
        outbox.path("items").forEach(item -> texts.add(item.path("text").asString()));
        return texts;
    }

    private static String type(HttpResponse<String> response) {
        return TestClients.json(response.body()).path("type").asString();
    }
}
