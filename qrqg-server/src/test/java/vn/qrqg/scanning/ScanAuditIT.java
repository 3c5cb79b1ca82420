package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;

/** Every scan leaves exactly one audit record, committed before the answer. */
class ScanAuditIT extends ScanningTestSupport {

    @Test
    void aScanLeavesOneRecordWithTheClientTheScopeThePersonAndTheFieldsAnswered() throws Exception {
        JsonNode qr = issued(issuerToken(), registeredInFull("Đặng Thị Hương", 1922, Gender.FEMALE), null);
        TestClients.CertifiedApp scanner = TestClients.certifiedApp(port, Scopes.SCAN_HEALTH);
        JsonNode answer = scanned(scanner.token(port, Scopes.SCAN_HEALTH), qr.path("qr").path("full").asString());

        List<Map<String, Object>> records = recordsOf(scanner.clientId());
        assertThat(records).hasSize(1);
        Map<String, Object> record = records.getFirst();
        assertThat(record).containsEntry("app_id", scanner.appId()).containsEntry("scope", "scan:health")
                .containsEntry("qid", qr.path("qid").asString()).containsEntry("document_number", null)
                .containsEntry("fields", String.join(",", keys(answer.path("person"))))
                .containsEntry("purpose", "POST /api/v1/scans").containsEntry("outcome", "VALID");
    }

    @Test
    void aScanThatIdentifiesNobodyIsAuditedWithoutPersonOrFields() throws Exception {
        TestClients.CertifiedApp scanner = TestClients.certifiedApp(port, Scopes.SCAN_POLICE);
        scanned(scanner.token(port, Scopes.SCAN_POLICE), "not a QR of ours");
        assertThat(recordsOf(scanner.clientId())).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("qid", null).containsEntry("document_number", null).containsEntry("fields", "")
                .containsEntry("outcome", "UNSUPPORTED"));
    }

    @Test
    void aCardScanOfSomeoneWithoutQidIsAuditedByTheirDocumentNumber() throws Exception {
        Person person = registeredInFull("Lý Văn Nam", 1926, Gender.MALE);
        TestClients.CertifiedApp scanner = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        scanned(scanner.token(port, Scopes.SCAN_VENUE),
                person.documentNumber() + "||Lý Văn Nam|04031926|Nam|Hà Nội|10072021");
        assertThat(recordsOf(scanner.clientId())).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("qid", null).containsEntry("document_number", person.documentNumber())
                .containsEntry("fields", "shortName,birthYear,covidCard").containsEntry("outcome", "VALID"));
    }

    @Test
    void aBurstOfConcurrentScansIsAuditedExactlyOnceEach() throws Exception {
        JsonNode qr = issued(issuerToken(), registeredInFull("Mai Văn Tuấn", 1911, Gender.MALE), null);
        String text = qr.path("qr").path("masked").asString();
        TestClients.CertifiedApp scanner = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        String token = scanner.token(port, Scopes.SCAN_VENUE);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(pool.submit(() -> scan(token, text)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(TestClients.json(response.body()).path("outcome").asString()).isEqualTo("VALID");
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        // each answer came after its record's commit: all 200 are there now, and no more
        assertThat(recordsOf(scanner.clientId())).hasSize(200)
                .allSatisfy(record -> assertThat(record).containsEntry("qid", qr.path("qid").asString()));
    }

    private List<Map<String, Object>> recordsOf(String clientId) {
        return jdbc.sql("""
                        select app_id::text, scope, qid, document_number, array_to_string(fields, ',') as fields,
                               purpose, outcome
                        from audit_record where client_id = :clientId""")
                .param("clientId", clientId).query().listOfRows();
    }
}
