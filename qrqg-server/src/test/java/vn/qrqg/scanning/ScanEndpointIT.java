package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople.Person;

/**
 * Scans answered outside Spring Security's and Spring MVC's chains ({@link ScanEndpoint}) answer
 * exactly what the full chains answer: the same status, headers and body for a scan, for every
 * kind of bad body, and for every token an attacker could bring. A query string sends a request
 * through the full chains, so each request is made both ways and the answers compared.
 */
class ScanEndpointIT extends ScanningTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    @Qualifier("directScans")
    FilterRegistrationBean<ScanEndpoint.Direct> direct;

    @Test
    void everyScanAndEveryBadBodyIsAnsweredExactlyAsTheFullChainsAnswerIt() throws Exception {
        Person person = registeredInFull("Lương Thị Hoà", 1984, Gender.FEMALE);
        JsonNode qr = issued(issuerToken(), person, "\"phone\":\"0912000031\"");
        String police = scannerToken(Scopes.SCAN_POLICE);
        String venue = scannerToken(Scopes.SCAN_VENUE);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("a valid QR", "{\"text\":\"" + qr.path("qr").path("full").asString() + "\"}");
        bodies.put("a masked QR in a province", "{\"text\":\"" + qr.path("qr").path("masked").asString()
                + "\",\"provinceCode\":\"79\"}");
        bodies.put("no known format", "{\"text\":\"hello\"}");
        bodies.put("no text", "{}");
        bodies.put("no body", "");
        bodies.put("no province", "{\"text\":\"hello\",\"provinceCode\":\"99\"}");
        bodies.put("not JSON", "{\"tex");
        bodies.put("a number for text", "{\"text\":5}");
        bodies.put("a control character", "{\"text\":\"a\\u0007b\"}");
        bodies.put("an unknown member", "{\"text\":\"hello\",\"colour\":\"red\"}");
        bodies.put("over the body limit", "{\"text\":\"" + "x".repeat(1_100_000) + "\"}");
        for (String token : List.of(police, venue)) {
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                assertSameBothWays(body.getKey(), token, body.getValue(), "application/json");
            }
        }
        assertSameBothWays("JSON with its charset", police, bodies.get("a valid QR"), "application/json;charset=UTF-8");
        assertSameBothWays("not declared JSON", police, bodies.get("a valid QR"), "text/plain");
    }

    @Test
    void everyTokenTheChainRefusesIsRefusedTheSameWay() throws Exception {
        String body = "{\"text\":\"hello\"}";
        TestClients.CertifiedApp suspended = TestClients.certifiedApp(port, Scopes.SCAN_POLICE);
        String suspendedToken = suspended.token(port, Scopes.SCAN_POLICE);
        assertThat(TestClients.send(port, "POST", "/api/v1/admin/apps/" + suspended.appId() + "/status",
                TestClients.adminToken(port), "{\"status\":\"SUSPENDED\"}").statusCode()).isEqualTo(200);
        String police = scannerToken(Scopes.SCAN_POLICE);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("a suspended app's", suspendedToken);
        tokens.put("a token without a scan scope", issuerToken());
        tokens.put("a token with one character changed", police.substring(0, police.length() - 2)
                + (police.charAt(police.length() - 2) == 'A' ? 'B' : 'A') + police.charAt(police.length() - 1));
        tokens.put("not a token", "not-a-token");
        tokens.put("a malformed header", "two words");
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            HttpResponse<String> answer = assertSameBothWays(token.getKey(), token.getValue(), body, "application/json");
            assertThat(answer.statusCode()).as(token.getKey()).isIn(401, 403);
        }
    }

    @Test
    void aPlainScanIsAnsweredDirectlyAndEverythingElseIsLeftToTheChains() throws Exception {
        String venue = scannerToken(Scopes.SCAN_VENUE);
        assertThat(passesOn(request(venue, "application/json", null))).as("a plain scan").isFalse();
        assertThat(passesOn(request(venue, "application/json", "application/json, text/plain;q=0.5")))
                .as("an Accept that takes JSON").isFalse();
        assertThat(passesOn(request(null, "application/json", null))).as("no token").isTrue();
        assertThat(passesOn(request(issuerToken(), "application/json", null))).as("no scan scope").isTrue();
        assertThat(passesOn(request(venue, "text/plain", null))).as("not JSON").isTrue();
        assertThat(passesOn(request(venue, "application/json", "text/html"))).as("an Accept without JSON").isTrue();
        MockHttpServletRequest withQuery = request(venue, "application/json", null);
        withQuery.setQueryString("a=b");
        assertThat(passesOn(withQuery)).as("a query string").isTrue();
        MockHttpServletRequest get = request(venue, "application/json", null);
        get.setMethod("GET");
        assertThat(passesOn(get)).as("another method").isTrue();
    }

    /** Sends the request directly and through the chains; asserts the answers are the same, and returns one. */
    private HttpResponse<String> assertSameBothWays(String what, String token, String body, String contentType)
            throws Exception {
        HttpResponse<String> directly = post(SCANS, token, body, contentType);
        HttpResponse<String> chained = post(SCANS + "?through=chains", token, body, contentType);
        assertThat(directly.statusCode()).as(what + ": " + directly.body()).isEqualTo(chained.statusCode());
        assertThat(directly.body()).as(what).isEqualTo(chained.body());
        assertThat(headers(directly)).as(what).isEqualTo(headers(chained));
        return directly;
    }

    private HttpResponse<String> post(String path, String token, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", token.contains(" ") ? token : "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The headers but the date, by name. */
    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private MockHttpServletRequest request(String token, String contentType, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", SCANS);
        request.setContentType(contentType);
        request.setContent("{\"text\":\"hello\"}".getBytes());
        if (token != null) {
            request.addHeader("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }

    /** Whether the direct filter passed the request on to the chains, rather than answering it. */
    private boolean passesOn(MockHttpServletRequest request) throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        MockHttpServletResponse response = new MockHttpServletResponse();
        direct.getFilter().doFilter(request, response, (req, res) -> passed.set(true));
        if (!passed.get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(TestClients.json(response.getContentAsString()).path("outcome").asString()).isEqualTo("UNSUPPORTED");
        }
        return passed.get();
    }
}
