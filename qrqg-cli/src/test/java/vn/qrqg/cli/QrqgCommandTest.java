package vn.qrqg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code qrqg} through picocli as {@code bin/qrqg} would, checking outputs and exit codes. */
class QrqgCommandTest {

    private static final String QID = "162979388586171104";
    private static final String DECLARER_QID = "271828182845904526";
    private static final String CHILD_QID = "314159265358979329";

    @TempDir
    Path temp;

    private Path keys;
    private Path trustList;

    /** What one run of the command printed and returned. */
    record Run(int exit, String out, String err) {
        String firstLine() {
            return lines().get(0);
        }

        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run qrqg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = QrqgCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void makeAKey() {
        keys = temp.resolve("keys");
        trustList = keys.resolve("jwks.json");
        assertThat(qrqg("keys", "new", keys.toString()).exit()).isZero();
    }

    /** A signed QR for Nguyễn Lê Khả Hân, a woman born 1993; {@code more} are extra sign options. */
    private String sign(String... more) {
        List<String> args = new ArrayList<>(List.of("sign", "--key", keys.toString(), "--doc", "001193029317",
                "--name", "Nguyễn Lê Khả Hân", "--dob", "1993-01-18", "--qid", QID, "--gender", "2",
                "--bhyt", "DN4017915019812", "--phone", "0912345678"));
        args.addAll(Arrays.asList(more));
        Run run = qrqg(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().strip();
    }

    private Run verify(String text, String... more) {
        List<String> args = new ArrayList<>(List.of("verify", text, "--trust-list", trustList.toString()));
        args.addAll(Arrays.asList(more));
        return qrqg(args.toArray(String[]::new));
    }

    @Test
    void keysNewWritesThePrivateKeyThePublicKeyAndTheTrustList() {
        assertThat(keys.resolve("private-key.pem")).content().startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(keys.resolve("public-key.pem")).content().startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(trustList).content().contains("\"kty\"", "\"EC\"", "\"P-256\"", "\"kid\"", "\"active\"");
    }

    @Test
    void verifyExitsZeroOnlyForAValidQr() {
        String qr = sign("--form", "full");

        Run run = verify(qr);

        assertThat(run.firstLine()).isEqualTo("VALID");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("NGUYEN LE KHA HAN", "001193029317", QID);
    }

    @Test
    void verifyReadsTheTrustListFromAUrl() throws Exception {
        String qr = sign("--form", "full");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = Files.readAllBytes(trustList);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Run run = qrqg("verify", qr, "--trust-list", base + "/.well-known/jwks.json");
            assertThat(run.firstLine()).as(run.err()).isEqualTo("VALID");
            assertThat(run.exit()).isZero();

            Run missing = qrqg("verify", qr, "--trust-list", base + "/jwks-nowhere.json");
            assertThat(missing.exit()).isEqualTo(QrqgCommand.USAGE);
            assertThat(missing.err()).contains("could not fetch the trust list from " + base + "/jwks-nowhere.json: HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void signNormalisesTheNameAndSignsTheMaskedFormByDefault() {
        String qr = sign();

        assertThat(qr).startsWith("******029317|NGUYEN LE KHA HAN|1993-**-**|0|" + QID + "|<2<DN4017*********<0912******<");
        assertThat(verify(qr).firstLine()).isEqualTo("VALID");
    }

    @Test
    void aTamperedQrIsAnInvalidSignatureWithExitOne() {
        String qr = sign("--form", "full");
        String tampered = qr.replace("<0912345678<", "<0912345679<");
        assertThat(tampered).isNotEqualTo(qr);

        Run run = verify(tampered);

        assertThat(run.firstLine()).isEqualTo("INVALID_SIGNATURE");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aQrSignedByAnotherKeyIsAnUnknownKey() {
        Path otherKeys = temp.resolve("other");
        assertThat(qrqg("keys", "new", otherKeys.toString()).exit()).isZero();
        String qr = sign("--form", "full");

        Run run = qrqg("verify", qr, "--trust-list", otherKeys.resolve("jwks.json").toString());

        assertThat(run.firstLine()).isEqualTo("UNKNOWN_KEY");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aQrSignedByARevokedKeyIsRefused() throws Exception {
        String qr = sign("--form", "full");
        Path revoked = temp.resolve("revoked.json");
        Files.writeString(revoked, Files.readString(trustList).replace("\"active\"", "\"revoked\""));

        Run run = qrqg("verify", qr, "--trust-list", revoked.toString());

        assertThat(run.firstLine()).isEqualTo("REVOKED_KEY");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aMalformedTextIsReportedWithItsFieldProblemAndPosition() {
        String qr = sign("--form", "full");
        String badDate = qr.replace("|1993-01-18|", "|1993-13-18|");

        Run run = verify(badDate);

        assertThat(run.firstLine()).isEqualTo("MALFORMED");
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches("field:\\s+NgaySinh"));
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches("problem:\\s+IMPOSSIBLE_DATE"));
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches("position:\\s+36"));
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void aTextWithTheWrongNumberOfFieldsIsMalformed() {
        Run run = verify("001193029317|NGUYEN LE KHA HAN|1993-01-18");

        assertThat(run.firstLine()).isEqualTo("MALFORMED");
        assertThat(run.out()).contains("WRONG_FIELD_COUNT");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void verifyJsonOutputParsesAndCarriesTheOutcome() throws Exception {
        String qr = sign("--form", "full");

        Run valid = verify(qr, "--json");
        Run malformed = verify("|||||", "--json");

        Map<String, Object> validJson = JSON.std.mapFrom(valid.out());
        assertThat(validJson).containsEntry("outcome", "VALID").containsEntry("HoTen", "NGUYEN LE KHA HAN")
                .containsEntry("LoaiDinhDanh", "0");
        assertThat(valid.exit()).isZero();
        Map<String, Object> malformedJson = JSON.std.mapFrom(malformed.out());
        assertThat(malformedJson).containsEntry("outcome", "MALFORMED").containsKeys("field", "problem", "position");
        assertThat(malformed.exit()).isEqualTo(1);
    }

    @Test
    void signAndKeysNewJsonOutputParses() throws Exception {
        Run sign = qrqg("sign", "--key", keys.toString(), "--doc", "001193029317", "--name", "Nguyễn Lê Khả Hân",
                "--dob", "1993-01-18", "--qid", QID, "--gender", "2", "--json");
        Run keysNew = qrqg("keys", "new", temp.resolve("json-keys").toString(), "--json");

        Map<String, Object> signJson = JSON.std.mapFrom(sign.out());
        assertThat(signJson).containsEntry("form", "MASKED").containsKeys("text", "keyId");
        assertThat(verify((String) signJson.get("text")).firstLine()).isEqualTo("VALID");
        assertThat(JSON.std.mapFrom(keysNew.out())).containsKeys("keyId", "privateKey", "trustList");
    }

    @Test
    void keysNewRefusesToOverwriteAnExistingKey() throws Exception {
        String before = Files.readString(keys.resolve("private-key.pem"));

        Run run = qrqg("keys", "new", keys.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("private-key.pem", "refusing to overwrite");
        assertThat(keys.resolve("private-key.pem")).hasContent(before);
    }

    @Test
    void signRefusesACccdThatContradictsTheDeclaredGender() {
        Run run = qrqg("sign", "--key", keys.toString(), "--doc", "001093029317", "--name", "Nguyễn Văn An",
                "--dob", "1993-01-18", "--qid", QID, "--gender", "2");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("SoGiayTo");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void signWithoutAKeyDirectoryNamesTheMissingKey() {
        Run run = qrqg("sign", "--key", temp.resolve("nowhere").toString(), "--doc", "001193029317",
                "--name", "Hân", "--dob", "1993-01-18", "--qid", QID);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("private-key.pem", "keys new");
    }

    @Test
    void onBehalfWithoutTypeGivesLoaiDinhDanhOne() throws Exception {
        Run sign = qrqg("sign", "--key", keys.toString(), "--doc", "079215000123", "--name", "Trần Minh Khoa",
                "--dob", "2015-03-09", "--qid", CHILD_QID, "--gender", "1", "--on-behalf", DECLARER_QID,
                "--form", "full");
        assertThat(sign.exit()).as(sign.err()).isZero();
        String qr = sign.out().strip();

        assertThat(qr).startsWith("079215000123|TRAN MINH KHOA|2015-03-09|1|" + CHILD_QID + "|" + DECLARER_QID + "<1<<<");
        Map<String, Object> json = JSON.std.mapFrom(verify(qr, "--json").out());
        assertThat(json).containsEntry("outcome", "VALID").containsEntry("LoaiDinhDanh", "1")
                .containsEntry("QIDNguoiKhaiHo", DECLARER_QID);
    }

    @Test
    void typeOneWithoutOnBehalfIsAUsageError() {
        Run run = qrqg("sign", "--key", keys.toString(), "--doc", "079215000123", "--name", "Trần Minh Khoa",
                "--dob", "2015-03-09", "--qid", CHILD_QID, "--gender", "1", "--type", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--on-behalf");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verifyWithoutATrustListIsAUsageError() {
        Run run = qrqg("verify", sign());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--trust-list");
    }

    @Test
    void verifyWithAMissingTrustListFileSaysTheFileDoesNotExist() {
        Run run = qrqg("verify", sign(), "--trust-list", temp.resolve("no-such.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").contains("no-such.json");
    }

    @Test
    void decodeShowsTheFieldsWithoutCheckingTheSignature() {
        String tampered = sign("--form", "full").replace("<0912345678<", "<0912345679<");

        Run run = qrqg("decode", tampered);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("NGUYEN LE KHA HAN", "0912345679").doesNotContain("outcome", "VALID");
    }

    @Test
    void renderWritesAPngImage() throws Exception {
        Path png = temp.resolve("qr.png");

        Run run = qrqg("render", sign(), "-o", png.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).hasSizeGreaterThan(8)
                .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte) 0x0A);
    }

    @Test
    void renderForPrintWritesAPngImage() throws Exception {
        Path png = temp.resolve("print.png");

        Run run = qrqg("render", sign(), "-o", png.toString(), "--for", "print");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void renderWritesAnSvgImage() throws Exception {
        Path svg = temp.resolve("qr.svg");

        Run run = qrqg("render", sign(), "-o", svg.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String content = Files.readString(svg);
        assertThat(content.startsWith("<svg") || content.startsWith("<?xml")).as(content).isTrue();
        assertThat(content).contains("</svg>");
    }

    @Test
    void renderRefusesAnOutputThatIsNeitherPngNorSvg() {
        Run run = qrqg("render", "hello", "-o", temp.resolve("qr.gif").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(".png or .svg");
        assertThat(temp.resolve("qr.gif")).doesNotExist();
    }

    @Test
    void verifyReadsTheTextFromStandardInputWhenGivenADash() {
        String qr = sign("--form", "full");
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream((qr + "\n").getBytes(StandardCharsets.UTF_8)));

            Run run = verify("-");

            assertThat(run.firstLine()).isEqualTo("VALID");
            assertThat(run.exit()).isZero();
        } finally {
            System.setIn(original);
        }
    }
}
