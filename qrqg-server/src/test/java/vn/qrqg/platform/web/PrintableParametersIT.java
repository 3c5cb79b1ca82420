package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * Control characters, bidirectional overrides and malformed percent-encoding in a query
 * parameter or a path variable: a 400 naming it, never the 500 (with the value in the log) that
 * Spring Security's firewall and Tomcat's parameter parsing gave.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrintableParametersIT extends PlatformTestSupport {

    @Test
    void aNulOrAnOverrideInAQueryParameterIsRefusedNamingItAndNotLogged(CapturedOutput output) throws Exception {
        String admin = TestClients.adminToken(port);
        assertRefused(get(admin, "/api/v1/admin/sms-outbox?phone=secret-41%00"), "phone", PrintableText.MESSAGE);
        assertRefused(get(admin, "/api/v1/admin/audit?qid=secret-42%E2%80%AE"), "qid", PrintableText.MESSAGE);
        assertRefused(get(admin, "/api/v1/admin/audit?clientId=x&page=0&secret-43%07=1"), "query",
                "parameter names " + PrintableText.MESSAGE);
        assertThat(output.getAll()).doesNotContain("secret-4").doesNotContain("\u0000");
    }

    @Test
    void malformedPercentEncodingIsRefusedNamingTheParameter(CapturedOutput output) throws Exception {
        String admin = TestClients.adminToken(port);
        // java.net.URI refuses to build such a URL: the request goes out as raw bytes, as an attacker's would
        Answer answer = raw(admin, "/api/v1/admin/sms-outbox?phone=09%ZZsecret-44");
        assertRefused(answer.status(), answer.body(), "phone", "is not valid percent-encoding");
        assertThat(output.getAll()).doesNotContain("secret-44");
    }

    @Test
    void anOverrideInAPathVariableIsRefusedNamingIt() throws Exception {
        String admin = TestClients.adminToken(port);
        assertRefused(TestClients.send(port, "POST", "/api/v1/admin/venues/ABC%E2%80%AEDEF/status", admin,
                "{\"status\":\"SUSPENDED\"}"), "venueCode", PrintableText.MESSAGE);
    }

    @Test
    void printableParametersStillWork() throws Exception {
        String admin = TestClients.adminToken(port);
        HttpResponse<String> response = get(admin, "/api/v1/admin/sms-outbox?phone=%2B84912345678&size=1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return TestClients.send(port, "GET", path, token, null);
    }

    private record Answer(int status, String body) {
    }

    /** A GET written on the socket as is (Connection: close): its status and JSON body. */
    private Answer raw(String token, String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + token + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // the JSON inside whatever chunked framing surrounds it
            return new Answer(Integer.parseInt(answer.substring(9, 12)),
                    answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
        }
    }

    private static void assertRefused(HttpResponse<String> response, String field, String message) {
        assertRefused(response.statusCode(), response.body(), field, message);
    }

    private static void assertRefused(int status, String body, String field, String message) {
        assertThat(status).as(body).isEqualTo(400);
        JsonNode problem = TestClients.json(body);
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo(message);
        assertThat(body).doesNotContain("secret-");
    }
}
