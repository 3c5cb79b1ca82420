package vn.qrqg.insurance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.insurance.InsuranceUnavailableException;

/** The HTTP adapter against a real HTTP server speaking docs/insurance.md's contract. */
class HttpInsuranceRegistryTest {
    private static final String PERSON = "001193029317";
    private static final String VALID = "DN4017915019812";
    private static final String EXPIRED = "DN4017915019813";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** What the service answers, by path: status and body. */
    private final Map<String, Object[]> answers = new ConcurrentHashMap<>();
    private volatile long delayMillis;

    @BeforeEach
    void startService() throws IOException {
        answers.put("/v1/cards/" + VALID, new Object[] {200, card(VALID, PERSON, "2026-01-01", "2026-12-31")});
        answers.put("/v1/cards/" + EXPIRED, new Object[] {200, card(EXPIRED, PERSON, "2025-01-01", "2025-12-31")});
        answers.put("/v1/people/" + PERSON + "/cards", new Object[] {200, "{\"items\":["
                + card(EXPIRED, PERSON, "2025-01-01", "2025-12-31") + "," + card(VALID, PERSON, "2026-01-01", "2026-12-31")
                + "]}"});
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/", this::answer);
        server.start();
    }

    @AfterEach
    void stopService() {
        server.stop(0);
    }

    @Test
    void findsACardByItsNumber() {
        assertThat(registry(Duration.ofSeconds(5)).findByNumber(VALID)).contains(new InsuranceCard(VALID, PERSON,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(requests).containsExactly("GET /v1/cards/" + VALID + " application/json");
    }

    @Test
    void findsThePersonsCardValidOnADayAmongTheirs() {
        assertThat(registry(Duration.ofSeconds(5)).validCardOf(PERSON, LocalDate.of(2026, 6, 1)).map(InsuranceCard::cardNumber))
                .contains(VALID);
        assertThat(registry(Duration.ofSeconds(5)).validCardOf(PERSON, LocalDate.of(2027, 6, 1))).isEmpty();
        assertThat(registry(Duration.ofSeconds(5)).validCardOf("079090001234", LocalDate.of(2026, 6, 1)))
                .as("404: nobody's cards").isEmpty();
    }

    @Test
    void asksForABatchsCardsAtOnceAndLeavesOutThoseNotFound() {
        Map<String, InsuranceCard> found = registry(Duration.ofSeconds(5))
                .findByNumbers(List.of(VALID, EXPIRED, "HS4017900000001"));
        assertThat(found.keySet()).containsExactly(VALID, EXPIRED);
        assertThat(requests).hasSize(3);
    }

    @Test
    void neverSendsTextThatIsNoCardOrDocumentNumber() {
        assertThat(registry(Duration.ofSeconds(5)).findByNumber("../admin?x=1")).isEmpty();
        assertThat(registry(Duration.ofSeconds(5)).validCardOf("../x", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void reportsA5xxATimeoutARefusedConnectionAndAMalformedCardAsUnavailable() throws IOException {
        answers.put("/v1/cards/" + VALID, new Object[] {503, "{}"});
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByNumber(VALID))
                .isInstanceOf(InsuranceUnavailableException.class).hasMessage("social insurance answered HTTP 503");
        answers.put("/v1/cards/" + VALID, new Object[] {200, card(VALID, PERSON, "2026-13-01", "2026-12-31")});
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByNumber(VALID))
                .isInstanceOf(InsuranceUnavailableException.class)
                .hasMessage("social insurance answered with a malformed card: validFrom or validTo is not YYYY-MM-DD");
        answers.put("/v1/cards/" + VALID, new Object[] {200, card(EXPIRED, PERSON, "2026-01-01", "2026-12-31")});
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByNumber(VALID))
                .isInstanceOf(InsuranceUnavailableException.class).hasMessageContaining("another card");
        delayMillis = 1_000;
        assertThatThrownBy(() -> registry(Duration.ofMillis(200)).findByNumbers(List.of(EXPIRED)))
                .isInstanceOf(InsuranceUnavailableException.class)
                .hasMessage("social insurance did not answer within its timeout");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HttpInsuranceRegistry nobody = new HttpInsuranceRegistry(URI.create("http://127.0.0.1:" + closed + "/v1"),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThatThrownBy(() -> nobody.findByNumber(VALID)).isInstanceOf(InsuranceUnavailableException.class)
                .hasMessageStartingWith("social insurance cannot be reached");
    }

    @Test
    void refusesAListThatNamesAnotherPersonsCard() {
        answers.put("/v1/people/" + PERSON + "/cards", new Object[] {200, "{\"items\":["
                + card(VALID, "079090001234", "2026-01-01", "2026-12-31") + "]}"});
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).validCardOf(PERSON, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(InsuranceUnavailableException.class).hasMessageContaining("another person");
    }

    private HttpInsuranceRegistry registry(Duration requestTimeout) {
        return new HttpInsuranceRegistry(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/"),
                Duration.ofSeconds(1), requestTimeout);
    }

    private static String card(String number, String person, String from, String to) {
        return "{\"cardNumber\":\"" + number + "\",\"documentNumber\":\"" + person + "\",\"validFrom\":\"" + from
                + "\",\"validTo\":\"" + to + "\"}";
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Accept"));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Object[] answer = answers.getOrDefault(exchange.getRequestURI().getPath(), new Object[] {404, "{}"});
        byte[] body = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders((int) answer[0], body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
