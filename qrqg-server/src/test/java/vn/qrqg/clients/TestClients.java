package vn.qrqg.clients;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for integration tests of any capability, over real HTTP:
 * {@code TestClients.adminToken(port)} for {@code /api/v1/admin/**}, or register an app with
 * the scope needed and get its token. The operator client's secret comes from
 * {@code QRQG_BOOTSTRAP_ADMIN_SECRET}, which the failsafe configuration sets for the test JVM.
 */
public final class TestClients {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestClients() {
    }

    /** The secret of the operator client {@code admin} in the test context. */
    public static String adminSecret() {
        String secret = System.getenv("QRQG_BOOTSTRAP_ADMIN_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("QRQG_BOOTSTRAP_ADMIN_SECRET is not set: run the *IT through Maven "
                    + "(failsafe sets it), or set it as the test context was started with");
        }
        return secret;
    }

    /** A token with scope admin for the operator client. */
    public static String adminToken(int port) throws Exception {
        return token(port, "admin", adminSecret(), Scopes.ADMIN);
    }

    /** A token for this client with these scopes (space-separated), or an {@link AssertionError} saying why not. */
    public static String token(int port, String clientId, String secret, String scope) throws Exception {
        HttpResponse<String> response = requestToken(port, clientId, secret, scope);
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).path("access_token").asString();
    }

    /** {@code POST /oauth2/token} with the client-credentials grant, the client authenticated with HTTP Basic. */
    public static HttpResponse<String> requestToken(int port, String clientId, String secret, String scope)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString((form(clientId) + ":" + form(secret))
                .getBytes(StandardCharsets.UTF_8));
        String body = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + form(scope));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with an optional bearer token and an optional JSON body. */
    public static HttpResponse<String> send(int port, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An app registered through the admin API and certified, with its one-time secret. */
    public record CertifiedApp(String appId, String clientId, String clientSecret) {

        /** A token with these scopes (space-separated). */
        public String token(int port, String scope) throws Exception {
            return TestClients.token(port, clientId, clientSecret, scope);
        }
    }

    /** A new certified app holding {@code scopes}, with a unique name. */
    public static CertifiedApp certifiedApp(int port, String... scopes) throws Exception {
        String admin = adminToken(port);
        HttpResponse<String> created = send(port, "POST", "/api/v1/admin/apps", admin,
                "{\"name\":\"Test app " + UUID.randomUUID() + "\",\"operator\":\"Bộ Công an\",\"scopes\":["
                        + String.join(",", Arrays.stream(scopes).map(scope -> "\"" + scope + "\"").toList()) + "]}");
        if (created.statusCode() != 201) {
            throw new AssertionError("app not registered: " + created.statusCode() + " " + created.body());
        }
        JsonNode app = json(created.body());
        String appId = app.path("appId").asString();
        HttpResponse<String> certified = send(port, "POST", "/api/v1/admin/apps/" + appId + "/status", admin,
                "{\"status\":\"CERTIFIED\"}");
        if (certified.statusCode() != 200) {
            throw new AssertionError("app not certified: " + certified.statusCode() + " " + certified.body());
        }
        return new CertifiedApp(appId, app.path("clientId").asString(), app.path("clientSecret").asString());
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
