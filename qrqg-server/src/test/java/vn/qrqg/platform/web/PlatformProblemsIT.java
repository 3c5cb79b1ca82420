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

class PlatformProblemsIT extends PlatformTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownPathIsAProblemDetailNotAnErrorPage() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://qrqg.vn/problems/http-404\"").doesNotContain("Exception");
    }

    @Test
    void aWrongMethodIsAProblemDetailNamingTheStatus() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/admin/keys/rotate");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("https://qrqg.vn/problems/http-405");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TestClients.adminToken(port))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
