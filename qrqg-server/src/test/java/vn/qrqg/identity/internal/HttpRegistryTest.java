package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.PopulationCount;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryUnavailableException;

/** The HTTP adapter against a real HTTP server playing the external registry (docs/registry.md). */
class HttpRegistryTest {
    private static final String PERSON = resource("/identity/registry-person.json");

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = PERSON;
    private volatile long delayMillis;

    @BeforeEach
    void startRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/people/", this::answer);
        server.createContext("/v1/population", this::answer);
        server.start();
    }

    @AfterEach
    void stopRegistry() {
        server.stop(0);
    }

    @Test
    void findsAPersonByDocumentNumber() {
        RegisteredPerson person = registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317").orElseThrow();
        assertThat(person).isEqualTo(new RegisteredPerson("001193029317", "123456789", "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Gender.FEMALE, "0912345678", "DN4017915019812", "00004",
                "Số 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội", "HK0012345678"));
        assertThat(requests).containsExactly("GET /v1/people/001193029317 application/json");
    }

    @Test
    void readsAPersonWithoutAHouseholdAsInNoKnownHousehold() {
        body = PERSON.replace(",\n  \"householdId\": \"HK0012345678\"", "");
        assertThat(body).doesNotContain("householdId");
        assertThat(registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317").orElseThrow().householdId()).isNull();
        body = PERSON.replace("\"HK0012345678\"", "null");
        assertThat(registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317").orElseThrow().householdId()).isNull();
    }

    @Test
    void reportsAHouseholdIdThatIsNoStringAsAMalformedPerson() {
        body = PERSON.replace("\"HK0012345678\"", "12345678");
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage("the population registry answered with a malformed person: householdId is not a string");
        body = PERSON.replace("\"HK0012345678\"", "{\"id\": \"HK0012345678\"}");
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317"))
                .hasMessageEndingWith("householdId is not a string");
    }

    @Test
    void findsAPersonByTheirOldCmnd() {
        assertThat(registry(Duration.ofSeconds(5)).findByDocumentNumber("123456789")).isPresent();
    }

    @Test
    void answersEmptyOn404() {
        status = 404;
        body = "";
        assertThat(registry(Duration.ofSeconds(5)).findByDocumentNumber("079090001234")).isEmpty();
    }

    @Test
    void neverSendsTextThatIsNoDocumentNumber() {
        assertThat(registry(Duration.ofSeconds(5)).findByDocumentNumber("../admin?x=1")).isEmpty();
        assertThat(registry(Duration.ofSeconds(5)).findByDocumentNumber("")).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void reportsA5xxAsUnavailable() {
        status = 503;
        body = "busy";
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage("the population registry answered HTTP 503");
    }

    @Test
    void reportsATimeoutAsUnavailable() {
        delayMillis = 2_000;
        assertThatThrownBy(() -> registry(Duration.ofMillis(200)).findByDocumentNumber("001193029317"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage("the population registry did not answer within its timeout");
    }

    @Test
    void reportsARefusedConnectionAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpRegistry nowhere = new HttpRegistry(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        assertThatThrownBy(() -> nowhere.findByDocumentNumber("001193029317"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageStartingWith("the population registry cannot be reached");
    }

    @Test
    void reportsAMalformedPersonAsUnavailableWithoutRepeatingIt() {
        body = PERSON.replace("1993-01-18", "18/01/1993");
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage("the population registry answered with a malformed person: dateOfBirth is not YYYY-MM-DD with 00 for unknown parts");
        body = "<html>";
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317"))
                .hasMessage("the population registry answered with a malformed person: the body is not JSON");
        body = PERSON.replace("\"gender\": 2", "\"gender\": 7");
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029317"))
                .hasMessageEndingWith("gender is not 0, 1 or 2");
    }

    @Test
    void refusesAnAnswerAboutSomeoneElse() {
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).findByDocumentNumber("001193029318"))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageEndingWith("it describes a person with another document number");
    }

    private HttpRegistry registry(Duration requestTimeout) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
        return new HttpRegistry(base, Duration.ofSeconds(1), requestTimeout);
    }

    @Test
    void readsThePopulationByCommuneAndBirthYear() {
        body = """
                {"groups": [{"communeCode": "00004", "birthYear": 1993, "people": 1200},
                            {"communeCode": "26743", "birthYear": 1950, "people": 0}]}""";
        assertThat(registry(Duration.ofSeconds(5)).byCommuneAndBirthYear()).containsExactly(
                new PopulationCount("00004", 1993, 1200), new PopulationCount("26743", 1950, 0));
        assertThat(requests).containsExactly("GET /v1/population application/json");
    }

    @Test
    void reportsAMalformedPopulationAsUnavailable() {
        body = """
                {"groups": [{"communeCode": "4", "birthYear": 1993, "people": 1200}]}""";
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).byCommuneAndBirthYear())
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("malformed population");
        body = "{\"groups\": [{\"communeCode\": \"00004\", \"birthYear\": 1993, \"people\": -1}]}";
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).byCommuneAndBirthYear())
                .isInstanceOf(RegistryUnavailableException.class);
        status = 503;
        assertThatThrownBy(() -> registry(Duration.ofSeconds(5)).byCommuneAndBirthYear())
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage("the population registry answered HTTP 503");
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Accept"));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HttpRegistryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
