package vn.qrqg.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople.Person;

/** Operators' bulk import of health records: CSV or JSON, each line or item on its own. */
class HealthImportIT extends HealthTestSupport {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void importsACsvFileAndListsTheLinesItRejected() throws Exception {
        Person person = somebody(1921);
        String csv = "sourceId,documentNumber,date,doseNumber,product,lot,site\n"
                + UUID.randomUUID() + "," + person.documentNumber() + ",2021-08-01,1,EU/1/21/1529,NJ0342,\"Trạm Y tế, Hà Nội\"\n"
                + UUID.randomUUID() + "," + person.documentNumber() + ",2021-09-01,two,EU/1/21/1529,,\n"
                + UUID.randomUUID() + ",999999999,2021-09-01,2,EU/1/21/1529,,\n"
                + "\n"
                + UUID.randomUUID() + "," + person.documentNumber() + ",2021-10-01,2,EU/1/21/1529\n";
        JsonNode report = imported("vaccinations", "text/csv", csv);
        assertThat(report.path("created").asInt()).isEqualTo(1);
        assertThat(report.path("rejectedCount").asInt()).isEqualTo(3);
        assertThat(report.path("rejected").valueStream().map(line -> line.path("line").asInt() + " "
                + line.path("status").asString() + " " + line.path("errors").get(0).path("field").asString()))
                .containsExactly("3 INVALID doseNumber", "4 UNKNOWN_PERSON documentNumber", "6 INVALID line");
        JsonNode records = scannedCard(tokenOfCertifiedApp(Scopes.SCAN_HEALTH), person).path("healthRecords");
        assertThat(records.path("vaccinations").get(0).path("site").asString()).isEqualTo("Trạm Y tế, Hà Nội");
    }

    @Test
    void importsJsonItemsAsAStream() throws Exception {
        Person person = somebody(1922);
        String recovered = recovery(person, "2021-08-10", "2021-08-25");
        JsonNode report = imported("recoveries", "application/json",
                "{\"items\":[" + recovered + "," + recovered + ",{\"sourceId\":\"x\"}]}");
        assertThat(report.path("created").asInt()).isEqualTo(1);
        assertThat(report.path("existing").asInt()).isEqualTo(1);
        assertThat(report.path("rejected").get(0).path("index").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownKindOrHeaderIsRejected() throws Exception {
        HttpResponse<String> kind = post("/api/v1/admin/health/boosters/import", "text/csv", "sourceId\n1\n");
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("\"kind\"");
        assertThat(post("/api/v1/admin/health/tests/import", "text/csv", "id,type\n1,PCR\n").statusCode()).isEqualTo(400);
    }

    private JsonNode imported(String kind, String contentType, String body) throws Exception {
        HttpResponse<String> response = post("/api/v1/admin/health/" + kind + "/import", contentType, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestClients.adminToken(port)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
