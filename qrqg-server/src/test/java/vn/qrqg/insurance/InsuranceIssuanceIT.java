package vn.qrqg.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;

/**
 * A person's QR carries a health-insurance number only when social insurance says it is theirs
 * and valid today; a hospital's scan says until when. Over HTTP, with cards loaded by CSV import
 * into the reference social-insurance database, and that database taken down ({@link InsuranceOutage}).
 */
class InsuranceIssuanceIT extends CitizensTestSupport {
    private static final String MISMATCH = "https://qrqg.vn/problems/insurance-mismatch";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    InsuranceOutage outage;

    @AfterEach
    void insuranceBackUp() {
        outage.up();
    }

    @Test
    void aNumberSocialInsuranceConfirmsGoesIntoTheQr() throws Exception {
        Person person = registered("Hoàng Văn Bảo", 1961, Gender.MALE);
        String card = TestInsurance.validCard(port, person.documentNumber());

        JsonNode issued = issued(app(), person.body(insurance(card)));

        assertThat(PersonalQr.parse(issued.path("qr").path("full").asString()).insuranceNumber()).isEqualTo(card);
        assertThat(issued.path("qr").path("masked").asString()).contains("<" + card.substring(0, 6) + "*********<");
    }

    @Test
    void someoneElsesNumberAnExpiredCardAndAnUnknownNumberAreRefusedAlikeNamingTheField() throws Exception {
        Person person = registered("Hoàng Thị Cúc", 1962, Gender.FEMALE);
        Person other = registered("Hoàng Văn Đức", 1963, Gender.MALE);
        String othersCard = TestInsurance.validCard(port, other.documentNumber());
        String expired = TestInsurance.randomNumber();
        TestInsurance.card(port, expired, person.documentNumber(), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        String notYet = TestInsurance.randomNumber();
        TestInsurance.card(port, notYet, person.documentNumber(), LocalDate.of(2098, 1, 1), LocalDate.of(2098, 12, 31));

        for (String number : new String[] {othersCard, expired, notYet, TestInsurance.randomNumber()}) {
            HttpResponse<String> refused = TestClients.send(port, "POST", ISSUE, app(), person.body(insurance(number)));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonNode problem = TestClients.json(refused.body());
            assertThat(problem.path("type").asString()).isEqualTo(MISMATCH);
            assertThat(problem.path("mismatchedFields").toString()).isEqualTo("[\"insuranceNumber\"]");
            assertThat(refused.body()).doesNotContain(other.documentNumber()).doesNotContain("2021-12-31");
        }
    }

    @Test
    void aPersonMayAskForTheirOwnValidCardAndTheQrCarriesItOnlyThen() throws Exception {
        Person person = registered("Hoàng Thị Em", 1964, Gender.FEMALE);
        TestInsurance.card(port, TestInsurance.randomNumber(), person.documentNumber(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31));
        String valid = TestInsurance.validCard(port, person.documentNumber());

        JsonNode filled = issued(app(), person.body(insurance(InsuranceChecks.FROM_REGISTRY)));
        assertThat(PersonalQr.parse(filled.path("qr").path("full").asString()).insuranceNumber()).isEqualTo(valid);

        Person uninsured = registered("Hoàng Văn Giang", 1965, Gender.MALE);
        HttpResponse<String> none = TestClients.send(port, "POST", ISSUE, app(),
                uninsured.body(insurance(InsuranceChecks.FROM_REGISTRY)));
        assertThat(none.statusCode()).as(none.body()).isEqualTo(422);
        assertThat(TestClients.json(none.body()).path("detail").asString()).contains("holds no health-insurance card");
        JsonNode without = issued(app(), uninsured.body(null));
        assertThat(PersonalQr.parse(without.path("qr").path("full").asString()).insuranceNumber()).isEmpty();
    }

    @Test
    void withSocialInsuranceDownAQrWithoutANumberIsIssuedAndOneWithANumberWaitsWithRetryAfter() throws Exception {
        Person person = registered("Hoàng Thị Hạnh", 1966, Gender.FEMALE);
        String card = TestInsurance.validCard(port, person.documentNumber());
        outage.down();

        for (String asked : new String[] {card, InsuranceChecks.FROM_REGISTRY}) {
            HttpResponse<String> waiting = TestClients.send(port, "POST", ISSUE, app(), person.body(insurance(asked)));
            assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(503);
            assertThat(waiting.headers().firstValue("Retry-After")).contains("30");
            assertThat(TestClients.json(waiting.body()).path("type").asString())
                    .isEqualTo("https://qrqg.vn/problems/insurance-unavailable");
        }
        assertThat(issued(app(), person.body(null)).path("qid").asString()).isNotEmpty();
    }

    @Test
    void wrongNumbersCountAgainstTheDocumentsLimitLikeAnyMismatch() throws Exception {
        Person person = registered("Hoàng Văn Khoa", 1967, Gender.MALE);
        String card = TestInsurance.validCard(port, person.documentNumber());
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(TestClients.send(port, "POST", ISSUE, app(), person.body(insurance(TestInsurance.randomNumber())))
                    .statusCode()).isEqualTo(422);
        }
        HttpResponse<String> sixth = TestClients.send(port, "POST", ISSUE, app(), person.body(insurance(card)));
        assertThat(sixth.statusCode()).as("guessing card numbers is limited: " + sixth.body()).isEqualTo(429);
    }

    @Test
    void theHolderChangingTheNumberIsCheckedToo() throws Exception {
        Person person = registered("Hoàng Thị Lan", 1968, Gender.FEMALE);
        String token = app();
        JsonNode first = issued(token, person.body(null));
        HttpResponse<String> refused = postAsHolder(ISSUE, token, first.path("holderToken").asString(),
                person.body(insurance(TestInsurance.randomNumber())));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);

        String card = TestInsurance.validCard(port, person.documentNumber());
        JsonNode changed = reissuedByHolder(token, first, person.body(insurance(card)));
        assertThat(PersonalQr.parse(changed.path("qr").path("full").asString()).insuranceNumber()).isEqualTo(card);
    }

    @Test
    void aHealthOfficersScanSaysUntilWhenTheCardIsValidAndShowsOneThatExpiredSince() throws Exception {
        Person person = registered("Hoàng Văn Minh", 1969, Gender.MALE);
        String card = TestInsurance.validCard(port, person.documentNumber());
        String qr = issued(app(), person.body(insurance(card))).path("qr").path("masked").asString();
        String officer = TestClients.certifiedApp(port, Scopes.SCAN_HEALTH).token(port, Scopes.SCAN_HEALTH);
        LocalDate yearEnd = LocalDate.now(InsuranceChecks.VIETNAM).withDayOfYear(1).plusYears(1).minusDays(1);

        JsonNode valid = scan(officer, qr).path("person");
        assertThat(valid.path("insuranceCard").path("status").asString()).isEqualTo("VALID");
        assertThat(valid.path("insuranceCard").path("validTo").asString()).isEqualTo(yearEnd.toString());

        TestInsurance.card(port, card, person.documentNumber(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        JsonNode expired = scan(officer, qr).path("person");
        assertThat(expired.path("insuranceNumber").asString()).isEqualTo(card.substring(0, 6) + "*********");
        assertThat(expired.path("insuranceCard").toString())
                .isEqualTo("{\"status\":\"EXPIRED\",\"validFrom\":\"2024-01-01\",\"validTo\":\"2024-12-31\"}");

        outage.down();
        HttpResponse<String> during = TestClients.send(port, "POST", "/api/v1/scans", officer,
                JSON.writeValueAsString(Map.of("text", qr)));
        assertThat(during.statusCode()).as("a scan never waits on social insurance").isEqualTo(200);
        assertThat(TestClients.json(during.body()).path("person").path("insuranceCard").path("status").asString())
                .isEqualTo("UNAVAILABLE");
    }

    private JsonNode scan(String token, String text) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/scans", token,
                JSON.writeValueAsString(Map.of("text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    private String app() throws Exception {
        return tokenOfCertifiedApp(Scopes.QR_ISSUE);
    }

    private static String insurance(String number) {
        return "\"insuranceNumber\":\"" + number + "\"";
    }
}
