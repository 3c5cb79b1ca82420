package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.issuance.citizens.CitizensTestSupport;
import vn.qrqg.platform.TestClock;

/**
 * What the health integration tests share: pushing records, uploading rules, scanning people,
 * and the platform's clock, stopped at exact instants and put back after each test.
 */
abstract class HealthTestSupport extends CitizensTestSupport {
    static final String VACCINATIONS = "/api/v1/health/vaccinations";
    static final String TESTS = "/api/v1/health/tests";
    static final String RECOVERIES = "/api/v1/health/recoveries";
    static final String RULES = "/api/v1/admin/covid-card-rules/";

    @Autowired
    protected TestClock clock;

    private String pusher;

    @AfterEach
    void systemTimeAgain() {
        clock.reset();
    }

    /** A token of a health system: scope health:write. */
    String pusher() throws Exception {
        if (pusher == null) {
            pusher = tokenOfCertifiedApp(Scopes.HEALTH_WRITE);
        }
        return pusher;
    }

    /** Someone in the registry without an address: their card follows the national default. */
    Person somebody(int year) {
        return registered("Nguyễn Văn Khỏe", year, Gender.MALE);
    }

    /** Someone living in a commune, so in its province. */
    Person livingIn(String communeCode, int year) {
        return TestPeople.registered(registryImport, "Trần Thị Bình", year, Gender.FEMALE, ",commune_code",
                "," + communeCode);
    }

    HttpResponse<String> push(String path, String json) throws Exception {
        return TestClients.send(port, "POST", path, pusher(), json);
    }

    /** A push that must be stored now (201). */
    void pushed(String path, String json) throws Exception {
        HttpResponse<String> response = push(path, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    static String vaccination(Person person, String date, int dose, String product) {
        return "{\"sourceId\":\"" + java.util.UUID.randomUUID() + "\",\"documentNumber\":\"" + person.documentNumber()
                + "\",\"date\":\"" + date + "\",\"doseNumber\":" + dose + ",\"product\":\"" + product + "\"}";
    }

    static String test(Person person, String type, Instant sampledAt, String result) {
        return "{\"sourceId\":\"" + java.util.UUID.randomUUID() + "\",\"documentNumber\":\"" + person.documentNumber()
                + "\",\"type\":\"" + type + "\",\"sampledAt\":\"" + sampledAt + "\",\"result\":\"" + result + "\"}";
    }

    static String recovery(Person person, String confirmedAt, String recoveredAt) {
        return "{\"sourceId\":\"" + java.util.UUID.randomUUID() + "\",\"documentNumber\":\"" + person.documentNumber()
                + "\",\"confirmedAt\":\"" + confirmedAt + "\",\"recoveredAt\":\"" + recoveredAt + "\"}";
    }

    /** What a venue scanner sees of the person's COVID card, scanning their CCCD card. */
    JsonNode cardAtVenue(Person person) throws Exception {
        return scannedCard(tokenOfCertifiedApp(Scopes.SCAN_VENUE), person).path("covidCard");
    }

    /** The person as {@code scanner} sees them, scanning their CCCD card (the registry's number, any printed name). */
    JsonNode scannedCard(String scanner, Person person) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/scans", scanner,
                "{\"text\":\"" + cardText(person) + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = TestClients.json(response.body());
        assertThat(answer.path("outcome").asString()).as(response.body()).isEqualTo("VALID");
        return answer.path("person");
    }

    /** What a scanner reads from the person's CCCD card. */
    static String cardText(Person person) {
        String sex = person.gender() == Gender.FEMALE ? "Nữ" : "Nam";
        return person.documentNumber() + "||" + person.fullName() + "|" + person.dateOfBirth().substring(8, 10)
                + person.dateOfBirth().substring(5, 7) + person.dateOfBirth().substring(0, 4) + "|" + sex
                + "|Hà Nội|10072021";
    }

    HttpResponse<String> putRules(String provinceCode, String json) throws Exception {
        return TestClients.send(port, "PUT", RULES + provinceCode, TestClients.adminToken(port), json);
    }

    /** {@code 2021-09-01T08:30:00} in Vietnam. */
    static Instant vietnam(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }

    static String utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
