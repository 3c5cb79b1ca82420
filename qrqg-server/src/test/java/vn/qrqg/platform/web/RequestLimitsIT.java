package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/** Bodies over qrqg.web.max-body-size (1 MB by default) end in 413, declared or chunked. */
class RequestLimitsIT extends PlatformTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TWO_MEGABYTES_OF_JSON = "{\"fullName\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";

    private String issuer;

    @BeforeEach
    void certifiedIssuer() throws Exception {
        issuer = TestClients.certifiedApp(port, Scopes.QR_ISSUE).token(port, Scopes.QR_ISSUE);
    }

    @Test
    void aJsonBodyDeclaredLargerThanTheLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(TWO_MEGABYTES_OF_JSON));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(TestClients.json(response.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/body-too-large");
        assertThat(TestClients.json(response.body()).path("maxBytes").asLong()).isEqualTo(1024 * 1024);
    }

    @Test
    void aChunkedJsonBodyIsCutOffAtTheLimitWith413() throws Exception {
        byte[] bytes = TWO_MEGABYTES_OF_JSON.getBytes(StandardCharsets.UTF_8);
        // no length given: the client streams the body chunked
        HttpRequest.BodyPublisher chunked = new HttpRequest.BodyPublisher() {
            private final HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofByteArray(bytes);

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                inner.subscribe(subscriber);
            }
        };
        HttpResponse<String> response = post(chunked);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("https://qrqg.vn/problems/body-too-large").doesNotContain("Exception");
    }

    @Test
    void aBodyUnderTheLimitIsReadAsUsual() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString("{\"fullName\":\"" + "A".repeat(1000) + "\"}"));

        // read and judged on its content, not its size
        assertThat(response.statusCode()).as(response.body()).isIn(400, 422);
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/citizens/qr"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + issuer)
                .header("Content-Type", "application/json")
                .POST(body).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
