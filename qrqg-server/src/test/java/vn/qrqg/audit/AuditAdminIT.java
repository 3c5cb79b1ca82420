package vn.qrqg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.PlatformTestSupport;

/** {@code GET /api/v1/admin/audit}: operators read who read what, newest first, a page at a time. */
class AuditAdminIT extends PlatformTestSupport {
    private static final String PATH = "/api/v1/admin/audit";

    @Autowired
    AuditTrail audit;

    @Test
    void operatorsPageThroughAPersonsReadsNewestFirst() throws Exception {
        String qid = Qid.generate().value();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEntry(start.plusSeconds(i), "client-" + i, UUID.randomUUID(), "scan:police", qid,
                    null, List.of("qid", "fullName"), "POST /api/v1/scans", "VALID"));
        }
        JsonNode first = query("?qid=" + qid + "&size=2");
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(clientIds(first)).containsExactly("client-4", "client-3");
        JsonNode item = first.path("items").path(0);
        assertThat(Instant.parse(item.path("at").asString())).isEqualTo(start.plusSeconds(4));
        assertThat(item.path("scope").asString()).isEqualTo("scan:police");
        assertThat(item.path("qid").asString()).isEqualTo(qid);
        assertThat(item.path("fields").toString()).isEqualTo("[\"qid\",\"fullName\"]");
        assertThat(item.path("purpose").asString()).isEqualTo("POST /api/v1/scans");
        assertThat(item.path("outcome").asString()).isEqualTo("VALID");
        assertThat(item.path("appId").asString()).hasSize(36);
        assertThat(clientIds(query("?qid=" + qid + "&size=2&page=2"))).containsExactly("client-0");
    }

    @Test
    void operatorsFindAClientsReadsAndCanNarrowThemToAPerson() throws Exception {
        String clientId = "scanner-" + UUID.randomUUID();
        String qid = Qid.generate().value();
        UUID appId = UUID.randomUUID();
        audit.record(new AuditEntry(Instant.now(), clientId, appId, "scan:venue", qid, null,
                List.of("shortName", "birthYear", "covidCard"), "POST /api/v1/scans", "VALID"));
        audit.record(new AuditEntry(Instant.now(), clientId, appId, "scan:venue", null, null, List.of(),
                "POST /api/v1/scans", "UNSUPPORTED"));
        JsonNode all = query("?clientId=" + clientId);
        assertThat(all.path("total").asLong()).isEqualTo(2);
        assertThat(all.path("size").asInt()).isEqualTo(20);
        assertThat(all.path("items").path(0).path("outcome").asString()).isEqualTo("UNSUPPORTED");
        assertThat(all.path("items").path(0).path("fields").size()).isZero();
        assertThat(query("?clientId=" + clientId + "&qid=" + qid).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aQueryWithoutQidOrClientIdIsA400NamingBoth() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", PATH + "?size=5", TestClients.adminToken(port),
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(TestClients.json(response.body()))).containsExactly("qid", "clientId");
    }

    @Test
    void aPageLargerThanTheMaximumOrABadQidIsA400NamingIt() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", PATH + "?qid=123&size=101&page=-1",
                TestClients.adminToken(port), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(TestClients.json(response.body()))).containsExactly("qid", "page", "size");
    }

    @Test
    void aScannerCannotReadTheAudit() throws Exception {
        String scanner = TestClients.certifiedApp(port, Scopes.SCAN_POLICE).token(port, Scopes.SCAN_POLICE);
        HttpResponse<String> response = TestClients.send(port, "GET", PATH + "?clientId=x", scanner, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    }

    private JsonNode query(String parameters) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "GET", PATH + parameters, TestClients.adminToken(port),
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    private static List<String> clientIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("clientId").asString()));
        return ids;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
