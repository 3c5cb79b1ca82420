package vn.qrqg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.cli.QrqgCommandTest.qrqg;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrqg.cli.QrqgCommandTest.Run;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.revocation.RevocationId;
import vn.qrqg.codec.revocation.RevocationList;
import vn.qrqg.codec.signature.TrustList;

/** {@code verify --revocations}: an offline scanner that synced its lists refuses a lost phone's QR. */
class VerifyRevocationsTest {

    @TempDir
    Path temp;

    private Path keys;
    private String kid;
    private String lost;
    private String current;

    @BeforeEach
    void signTwice() throws Exception {
        keys = temp.resolve("keys");
        assertThat(qrqg("keys", "new", keys.toString()).exit()).isZero();
        kid = TrustList.fromJwks(Files.readString(keys.resolve("jwks.json"))).keys().get(0).kid();
        lost = sign();
        current = sign(); // the same text signed again, as a revocation does
    }

    @Test
    void aRevokedQrIsRefusedWithAListFileAndTheNewOneIsValid() throws Exception {
        Path list = write("list.json", RevocationList.of(kid, 1, ids(lost), new long[0]).toJson());

        Run refused = verify(lost, "--revocations", list.toString());
        assertThat(refused.firstLine()).as(refused.err()).isEqualTo("REVOKED");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(verify(current, "--revocations", list.toString()).exit()).isZero();
        assertThat(verify(lost).firstLine()).as("without the list").isEqualTo("VALID");
    }

    @Test
    void aSupersededQrIdentifiesThePersonButIsNotValid() throws Exception {
        Path list = write("list.json", RevocationList.of(kid, 1, new long[0], ids(lost)).toJson());

        Run run = verify(lost, "--revocations", list.toString());

        assertThat(run.firstLine()).isEqualTo("SUPERSEDED");
        assertThat(run.out()).contains("NGUYEN LE KHA HAN");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void theListOfTheScannedQrsKeyIsFetchedFromThePlatformAndADeltaAppliedAfterIt() throws Exception {
        Map<String, String> served = new HashMap<>();
        served.put("/.well-known/qr-revocations/" + kid, RevocationList.of(kid, 3, new long[0], new long[0]).toJson());
        served.put("/.well-known/qr-revocations/" + kid + "?since=3",
                RevocationList.delta(kid, 3, 4, ids(lost), new long[0]).toJson());
        HttpServer server = serve(served);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/qr-revocations";

            assertThat(verify(lost, "--revocations", base + "/").firstLine()).isEqualTo("VALID");
            Run run = verify(lost, "--revocations", base, "--revocations", base + "/" + kid + "?since=3");
            assertThat(run.firstLine()).as(run.err()).isEqualTo("REVOKED");
            Run missing = verify(lost, "--revocations", base + "/AAAAAAAA");
            assertThat(missing.exit()).isEqualTo(QrqgCommand.USAGE);
            assertThat(missing.err()).contains("could not fetch the revocation list from").contains("HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aListOlderThanTheTrustListAnnouncesIsUsedWithAWarning() throws Exception {
        Path announcing = write("jwks.json", TrustList.fromJwks(Files.readString(keys.resolve("jwks.json")))
                .withCrlVersion(kid, 9).toJwks());
        Path list = write("list.json", RevocationList.of(kid, 2, ids(lost), new long[0]).toJson());

        Run run = qrqg("verify", lost, "--trust-list", announcing.toString(), "--revocations", list.toString());

        assertThat(run.firstLine()).isEqualTo("REVOKED");
        assertThat(run.err()).contains("crlVersion 2, the trust list announces 9: fetch the delta (?since=2)");
    }

    @Test
    void aBrokenListOrADeltaWithoutItsListIsAUsageError() throws Exception {
        Path broken = write("broken.json", "{\"format\":\"qrqg-revocations/1\",\"kid\":\"" + kid + "\"}");
        Path delta = write("delta.json", RevocationList.delta(kid, 1, 2, ids(lost), new long[0]).toJson());

        Run run = verify(lost, "--revocations", broken.toString());
        assertThat(run.exit()).isEqualTo(QrqgCommand.USAGE);
        assertThat(run.err()).contains("crlVersion");
        assertThat(verify(lost, "--revocations", delta.toString()).err()).contains("without its whole list first");
    }

    private Run verify(String text, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "verify";
        args[1] = text;
        args[2] = "--trust-list";
        args[3] = keys.resolve("jwks.json").toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return qrqg(args);
    }

    private String sign() {
        Run run = qrqg("sign", "--key", keys.toString(), "--doc", "001193029317", "--name", "Nguyễn Lê Khả Hân",
                "--dob", "1993-01-18", "--qid", "162979388586171104", "--gender", "2", "--form", "full");
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().strip();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content);
    }

    private static long[] ids(String qr) {
        return new long[] {RevocationId.value(PersonalQr.parse(qr).signature())};
    }

    private static HttpServer serve(Map<String, String> bodies) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = bodies.get(exchange.getRequestURI().toString());
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
