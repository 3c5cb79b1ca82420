package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * What a scanner of the internet tries: no anonymous request is answered 5xx or with a stack
 * trace, and the authorization server's endpoints the platform does not use are not there.
 */
class AnonymousProbesIT extends PlatformTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String[] UNUSED_OAUTH = {"/.well-known/openid-configuration",
        "/.well-known/oauth-authorization-server", "/oauth2/authorize", "/oauth2/introspect", "/oauth2/revoke",
        "/oauth2/device_authorization", "/oauth2/device_verification", "/oauth2/par", "/userinfo",
        "/connect/register", "/connect/logout"};

    @Test
    void unusedOAuthEndpointsAre404ProblemsForAnyMethod() throws Exception {
        for (String path : UNUSED_OAUTH) {
            for (String method : new String[] {"GET", "POST"}) {
                HttpResponse<String> response = send(method, path, null);
                assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).as(method + " " + path)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
        assertThat(send("GET", "/oauth2/authorize?response_type=code&client_id=admin&redirect_uri=http://x", null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theTokenEndpointAndTheKeysStayPublished() throws Exception {
        assertThat(TestClients.adminToken(port)).isNotBlank();
        assertThat(get("/.well-known/jwks.json").statusCode()).isEqualTo(200);
        assertThat(get("/oauth2/jwks").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/oauth2/token", null).statusCode()).isBetween(400, 499);
    }

    @Test
    void noAnonymousProbeGetsA5xxOrAStackTrace() throws Exception {
        String[] paths = {"/", "/index.html", "/nope", "/api", "/api/v1", "/api/v1/nope", "/api/v1/admin/apps",
            "/actuator", "/actuator/env", "/actuator/heapdump", "/actuator/health/nope", "/error", "/v/NOPE",
            "/v/%00", "/portal/nope", "/.env", "/.git/config", "/WEB-INF/web.xml", "/static/../../etc/passwd",
            "/swagger-ui/index.html", "/v3/api-docs", "/oauth2/token", "/oauth2/jwks", "/.well-known/jwks.json",
            "/.well-known/security.txt", "/api/v1/declarations/health", "/api/v1/venues/registrations",
            "/api/v1/venues/registrations/not-a-uuid/confirmation", "/favicon.ico", "/robots.txt"};
        String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"};
        for (String path : paths) {
            for (String method : methods) {
                HttpResponse<String> response;
                try {
                    response = send(method, path, "{\"a\":");
                } catch (java.io.IOException e) {
                    throw new AssertionError(method + " " + path, e);
                }
                assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(500);
                assertThat(response.body()).as(method + " " + path).doesNotContain("at org.")
                        .doesNotContain("at java.").doesNotContain("Exception");
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null || method.equals("GET") || method.equals("HEAD") || method.equals("TRACE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
