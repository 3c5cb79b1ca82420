package vn.qrqg.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.sms.SmsUnavailableException;

/** The HTTP adapter against a real HTTP server playing the SMS gateway (docs/sms.md). */
class HttpSmsGatewayTest {
    private static final PhoneNumber PHONE = new PhoneNumber("0912345678");

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private volatile long delayMillis;

    @BeforeEach
    void startGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/messages", this::answer);
        server.start();
    }

    @AfterEach
    void stopGateway() {
        server.stop(0);
    }

    @Test
    void postsTheMessageAsJsonWithTheCredential() {
        gateway(Duration.ofSeconds(5)).send(PHONE, "Ma xac nhan 123456");

        assertThat(requests).containsExactly("POST /v1/messages Bearer gateway-token application/json");
        JsonNode body = JsonMapper.builder().build().readTree(bodies.getFirst());
        assertThat(body.path("to").asString()).isEqualTo("+84912345678");
        assertThat(body.path("text").asString()).isEqualTo("Ma xac nhan 123456");
        assertThat(body.path("sender").asString()).isEqualTo("QRQG");
        assertThat(body.path("reference").asString()).matches("[0-9a-f-]{36}");
    }

    @Test
    void takesAny2xxAsAccepted() {
        status = 200;
        gateway(Duration.ofSeconds(5)).send(PHONE, "x");
        status = 201;
        gateway(Duration.ofSeconds(5)).send(PHONE, "x");
        assertThat(requests).hasSize(2);
    }

    @Test
    void reportsARefusalWithoutTheNumberOrTheText() {
        status = 401;
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(5)).send(PHONE, "code 123456"))
                .isInstanceOf(SmsUnavailableException.class)
                .hasMessage("the SMS gateway answered HTTP 401: check qrqg.sms.http.token (QRQG_SMS_TOKEN)")
                .hasMessageNotContaining("912345678").hasMessageNotContaining("123456");
        status = 503;
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(5)).send(PHONE, "x"))
                .hasMessage("the SMS gateway answered HTTP 503");
    }

    @Test
    void reportsATimeoutAsUnavailable() {
        delayMillis = 2_000;
        assertThatThrownBy(() -> gateway(Duration.ofMillis(200)).send(PHONE, "x"))
                .isInstanceOf(SmsUnavailableException.class)
                .hasMessage("the SMS gateway did not answer within its timeout");
    }

    @Test
    void reportsARefusedConnectionAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpSmsGateway nowhere = new HttpSmsGateway(URI.create("http://127.0.0.1:" + closedPort), "t", "QRQG",
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThatThrownBy(() -> nowhere.send(PHONE, "x")).isInstanceOf(SmsUnavailableException.class)
                .hasMessageStartingWith("the SMS gateway cannot be reached");
    }

    private HttpSmsGateway gateway(Duration requestTimeout) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
        return new HttpSmsGateway(base, "gateway-token", "QRQG", Duration.ofSeconds(1), requestTimeout);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + exchange.getRequestHeaders().getFirst("Content-Type"));
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
