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

    @Test
    void aJsonPropertyOfTheWrongTypeIsNamedWithoutEchoingItsValue() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/admin/apps",
                TestClients.adminToken(port), "{\"name\":\"A\",\"operator\":\"B\",\"scopes\":{\"secret-looking\":1}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(response.body()).path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(TestClients.json(response.body()).path("errors").get(0).path("field").asString()).isEqualTo("scopes");
        assertThat(response.body()).doesNotContain("secret-looking");
    }

    @Test
    void aBodyThatIsNoJsonIsAnInvalidRequest() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/admin/apps",
                TestClients.adminToken(port), "name=A&operator=B");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("https://qrqg.vn/problems/invalid-request", "not JSON");
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
