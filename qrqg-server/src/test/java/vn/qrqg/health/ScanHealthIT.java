package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople.Person;

/** What each scan scope sees of the COVID card and the records, and what the audit says went out. */
class ScanHealthIT extends HealthTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVenueSeesTheCardWithItsReasonButNeverTheRecords() throws Exception {
        Person person = somebody(1921);
        pushed(VACCINATIONS, vaccination(person, "2021-08-01", 1, "EU/1/20/1528"));
        pushed(VACCINATIONS, vaccination(person, "2021-08-22", 2, "EU/1/20/1528"));
        TestClients.CertifiedApp venue = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        JsonNode seen = scannedCard(venue.token(port, Scopes.SCAN_VENUE), person);
        assertThat(keys(seen)).containsExactly("shortName", "birthYear", "covidCard");
        assertThat(keys(seen.path("covidCard"))).containsExactly("colour", "validUntil", "reason");
        assertThat(seen.path("covidCard").path("colour").asString()).isEqualTo("GREEN");
        assertThat(seen.path("covidCard").path("reason").asString())
                .contains("2 doses, the last EU/1/20/1528 on 2021-08-22");
        assertThat(auditedFields(venue.clientId())).isEqualTo("shortName,birthYear,covidCard");
    }

    @Test
    void concurrentScansEachShowTheirOwnPersonsRecords() throws Exception {
        // scans arriving together are looked up together: none may show another person's records
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Person person = somebody(1930 + i);
            for (int dose = 1; dose <= i % 3; dose++) {
                pushed(VACCINATIONS, vaccination(person, "2021-0" + (dose + 6) + "-1" + i, dose, "Abdala"));
            }
            people.add(person);
        }
        String officer = TestClients.certifiedApp(port, Scopes.SCAN_HEALTH).token(port, Scopes.SCAN_HEALTH);
        try (ExecutorService scanners = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<JsonNode>> seen = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Person person : people) {
                    seen.add(scanners.submit(() -> scannedCard(officer, person)));
                }
            }
            for (int n = 0; n < seen.size(); n++) {
                int i = n % people.size();
                JsonNode vaccinations = seen.get(n).get(60, TimeUnit.SECONDS).path("healthRecords").path("vaccinations");
                assertThat(vaccinations).hasSize(i % 3);
                vaccinations.forEach(v -> assertThat(v.path("date").asString()).endsWith("-1" + i));
            }
        }
    }

    @Test
    void aHealthOfficerAlsoSeesTheRecordsAndTheAuditSaysSo() throws Exception {
        Person person = somebody(1922);
        pushed(VACCINATIONS, vaccination(person, "2021-08-01", 1, "Abdala"));
        pushed(TESTS, test(person, "RAPID_ANTIGEN", vietnam("2021-09-01T08:30:00"), "NEGATIVE"));
        TestClients.CertifiedApp officer = TestClients.certifiedApp(port, Scopes.SCAN_HEALTH);
        JsonNode seen = scannedCard(officer.token(port, Scopes.SCAN_HEALTH), person);
        assertThat(keys(seen)).containsExactly("shortName", "birthYear", "covidCard", "gender", "phone",
                "insuranceNumber", "insuranceCard", "qid", "healthRecords");
        assertThat(seen.path("covidCard").path("colour").asString()).isEqualTo("YELLOW");
        JsonNode records = seen.path("healthRecords");
        assertThat(keys(records)).containsExactly("vaccinations", "tests", "recoveries");
        assertThat(keys(records.path("vaccinations").get(0))).containsExactly("date", "doseNumber", "product",
                "productName", "manufacturer", "singleDose", "lot", "site");
        assertThat(records.path("vaccinations").get(0).path("manufacturer").asString())
                .isEqualTo("Center for Genetic Engineering and Biotechnology (CIGB)");
        assertThat(records.path("tests").get(0).path("type").asString()).isEqualTo("RAPID_ANTIGEN");
        assertThat(auditedFields(officer.clientId()))
                .isEqualTo("shortName,birthYear,covidCard,gender,phone,insuranceNumber,insuranceCard,qid,healthRecords");
    }

    @Test
    void policeSeeTheIdentityFieldsAndNoHealthData() throws Exception {
        Person person = somebody(1923);
        pushed(VACCINATIONS, vaccination(person, "2021-08-01", 1, "EU/1/20/1528"));
        JsonNode seen = scannedCard(tokenOfCertifiedApp(Scopes.SCAN_POLICE), person);
        assertThat(keys(seen)).doesNotContain("covidCard", "healthRecords").contains("documentNumber", "fullName");
    }

    private String auditedFields(String clientId) {
        return jdbc.sql("select array_to_string(fields, ',') from audit_record where client_id = :clientId")
                .param("clientId", clientId).query(String.class).single();
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }
}
