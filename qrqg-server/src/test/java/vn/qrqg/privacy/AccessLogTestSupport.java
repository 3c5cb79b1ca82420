package vn.qrqg.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.feedback.FeedbackTestSupport;
import vn.qrqg.holders.HolderTokens;

/** A person's access log as their app reads it, and the readers that put something in it. */
public abstract class AccessLogTestSupport extends FeedbackTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    protected static String logPath(Visitor who) {
        return "/api/v1/citizens/" + who.qid() + "/access-log";
    }

    /** {@code GET …/access-log} with {@code holderToken}, in {@code language} ({@code vi}, {@code en}). */
    protected HttpResponse<String> accessLog(String path, String holderToken, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Accept-Language", language)
                .header("Authorization", "Bearer " + visitorsApp().token(port, Scopes.QR_ISSUE))
                .header(HolderTokens.HEADER, holderToken).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The person's log as their app reads it: 200, its items. */
    protected JsonNode logOf(Visitor who, String language) throws Exception {
        HttpResponse<String> answer = accessLog(logPath(who), who.holderToken(), language);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body());
    }

    /** A certified app of a police station, scope scan:police, with a name and operator a person would know. */
    protected String policeScanner(String name) throws Exception {
        String admin = TestClients.adminToken(port);
        HttpResponse<String> created = TestClients.send(port, "POST", "/api/v1/admin/apps", admin,
                json(Map.of("name", name, "operator", "Bộ Công an", "scopes", java.util.List.of(Scopes.SCAN_POLICE))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = TestClients.json(created.body());
        HttpResponse<String> certified = TestClients.send(port, "POST", "/api/v1/admin/apps/"
                + app.path("appId").asString() + "/status", admin, "{\"status\":\"CERTIFIED\"}");
        assertThat(certified.statusCode()).as(certified.body()).isEqualTo(200);
        return TestClients.token(port, app.path("clientId").asString(), app.path("clientSecret").asString(),
                Scopes.SCAN_POLICE);
    }

    /** The scanner reads the text: 200, VALID. */
    protected void scanned(String scannerToken, String text) throws Exception {
        HttpResponse<String> scan = TestClients.send(port, "POST", "/api/v1/scans", scannerToken,
                json(Map.of("text", text)));
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        assertThat(TestClients.json(scan.body()).path("outcome").asString()).isEqualTo("VALID");
    }
}
