package vn.qrqg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.cli.QrqgCommandTest.qrqg;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrqg.cli.QrqgCommandTest.Run;

/** {@code keys rotate} and {@code registry import} against a local server playing the platform. */
class AdminCommandsTest {

    private static final String SECRET = "PqLBo_9tppcuwq_ZEqQNpk7G9u6dhB7rRUnVEdiiOC0";
    private static final String TOKEN = "eyJ.admin.token";
    private static final String CSV = "document_number,full_name,date_of_birth,gender,phone\n"
            + "001193029317,Nguyễn Lê Khả Hân,1993-01-18,2,0912345678\n"
            + "00119302931X,Bad Row,1993-01-18,2,\n";

    @TempDir
    Path temp;

    private HttpServer platform;
    private String url;
    private final AtomicReference<byte[]> receivedCsv = new AtomicReference<>();
    private final AtomicReference<String> receivedContentType = new AtomicReference<>();
    /** When set, the admin endpoints answer this problem detail with 403. */
    private volatile String forbidden;

    @BeforeEach
    void startPlatform() throws IOException {
        platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platform.createContext("/oauth2/token", exchange -> {
            String basic = "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + SECRET).getBytes(StandardCharsets.UTF_8));
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!"POST".equals(exchange.getRequestMethod())
                    || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    || !form.equals("grant_type=client_credentials&scope=admin")
                    || !exchange.getRequestHeaders().getFirst("Content-Type")
                            .startsWith("application/x-www-form-urlencoded")) {
                answer(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            answer(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
        });
        platform.createContext("/api/v1/admin/keys/rotate", exchange -> {
            if (refused(exchange)) {
                return;
            }
            answer(exchange, 200,
                    "{\"kid\":\"JNmimVi3\",\"status\":\"active\",\"previous\":{\"kid\":\"MNfTBehJ\",\"status\":\"retired\"}}");
        });
        platform.createContext("/api/v1/admin/registry/import", exchange -> {
            receivedCsv.set(exchange.getRequestBody().readAllBytes());
            receivedContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (refused(exchange)) {
                return;
            }
            answer(exchange, 200, "{\"imported\":1,\"updated\":0,\"rejectedCount\":1,\"rejected\":[{\"line\":3,"
                    + "\"reason\":\"document_number: a CCCD or CMND number has digits only\"}]}");
        });
        platform.start();
        url = "http://127.0.0.1:" + platform.getAddress().getPort();
        AdminClient.environment = name -> AdminClient.SECRET_VARIABLE.equals(name) ? SECRET : null;
    }

    @AfterEach
    void stopPlatform() {
        platform.stop(0);
        AdminClient.environment = System::getenv;
    }

    private boolean refused(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())
                || !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"bad token\"}");
            return true;
        }
        if (forbidden != null) {
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            answer(exchange, 403, forbidden);
            return true;
        }
        return false;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Path csv() throws IOException {
        Path file = temp.resolve("people.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void keysRotatePrintsTheActiveAndTheRetiredKey() {
        Run run = qrqg("keys", "rotate", "--url", url);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(0)).matches("active:\\s+JNmimVi3");
        assertThat(run.lines().get(1)).matches("retired:\\s+MNfTBehJ");
    }

    @Test
    void keysRotateWithJsonPrintsTheAnswer() throws IOException {
        Run run = qrqg("keys", "rotate", "--url", url + "/", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Object> json = JSON.std.mapFrom(run.out());
        assertThat(json).containsEntry("kid", "JNmimVi3").containsEntry("previous",
                Map.of("kid", "MNfTBehJ", "status", "retired"));
    }

    @Test
    void theUrlComesFromQrqgUrlWhenNotGiven() {
        AdminClient.environment = name -> switch (name) {
            case AdminClient.SECRET_VARIABLE -> SECRET;
            case AdminClient.URL_VARIABLE -> url;
            default -> null;
        };

        assertThat(qrqg("keys", "rotate").exit()).isZero();
    }

    @Test
    void registryImportSendsTheFileUnchangedAndPrintsTheReport() throws IOException {
        Path file = csv();

        Run run = qrqg("registry", "import", file.toString(), "--url", url);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(receivedCsv.get()).isEqualTo(Files.readAllBytes(file));
        assertThat(new String(receivedCsv.get(), StandardCharsets.UTF_8)).contains("Nguyễn Lê Khả Hân");
        assertThat(receivedContentType.get()).isEqualTo("text/csv; charset=UTF-8");
        List<String> lines = run.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("imported:\\s+1");
        assertThat(lines.get(1)).matches("updated:\\s+0");
        assertThat(lines.get(2)).matches("rejected:\\s+1");
        assertThat(lines.get(3)).isEqualTo("line 3: document_number: a CCCD or CMND number has digits only");
        assertThat(run.err()).contains(Files.size(file) + " bytes").contains("sent ");
    }

    @Test
    void registryImportWithJsonPrintsTheAnswer() throws IOException {
        Run run = qrqg("registry", "import", csv().toString(), "--url", url, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Object> json = JSON.std.mapFrom(run.out());
        assertThat(json).containsEntry("imported", 1).containsEntry("rejectedCount", 1);
    }

    @Test
    void aProblemDetailIsPrintedWithItsDetailAndExitsOne() throws IOException {
        forbidden = "{\"type\":\"https://qrqg.vn/problems/insufficient-scope\",\"title\":\"Forbidden\","
                + "\"status\":403,\"detail\":\"the token lacks the admin scope\"}";

        Run rotate = qrqg("keys", "rotate", "--url", url);
        Run importing = qrqg("registry", "import", csv().toString(), "--url", url);

        assertThat(rotate.exit()).isEqualTo(1);
        assertThat(rotate.err().strip()).isEqualTo("qrqg: the token lacks the admin scope (HTTP 403)");
        assertThat(importing.exit()).isEqualTo(1);
        assertThat(importing.err()).contains("qrqg: the token lacks the admin scope (HTTP 403)");
    }

    @Test
    void aWrongSecretIsRefusedAtTheTokenEndpoint() {
        AdminClient.environment = name -> AdminClient.SECRET_VARIABLE.equals(name) ? "not the secret" : null;

        Run run = qrqg("keys", "rotate", "--url", url);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("qrqg: ").contains("(HTTP 401)");
    }

    @Test
    void aMissingSecretIsAUsageErrorNamingTheVariable() throws IOException {
        AdminClient.environment = name -> null;

        Run rotate = qrqg("keys", "rotate", "--url", url);
        Run importing = qrqg("registry", "import", csv().toString(), "--url", url);

        assertThat(rotate.exit()).isEqualTo(2);
        assertThat(rotate.err()).contains("QRQG_BOOTSTRAP_ADMIN_SECRET").hasLineCount(1);
        assertThat(importing.exit()).isEqualTo(2);
        assertThat(importing.err()).contains("QRQG_BOOTSTRAP_ADMIN_SECRET");
        assertThat(receivedCsv.get()).isNull();
    }

    @Test
    void aMissingFileIsAUsageErrorNamingIt() {
        Path missing = temp.resolve("nobody.csv");

        Run run = qrqg("registry", "import", missing.toString(), "--url", url);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file: " + missing);
    }

    @Test
    void nothingListeningSaysNoPlatformAnswers() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + port;

        Run run = qrqg("keys", "rotate", "--url", nowhere);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("qrqg: no platform answers at " + nowhere + " (start it with bin/qrqg serve)");
    }
}
