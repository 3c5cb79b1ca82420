package vn.qrqg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.cli.QrqgCommandTest.qrqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code qrqg dcc verify|decode} on the published vectors of qrqg-dcc and on a German and a Dutch
 * certificate of the EU's public test data (qrqg-dcc/src/test/resources/eu-dgc-testdata).
 */
class DccCommandTest {
    private static final Path DCC_TESTS = Path.of("../qrqg-dcc/src/test/resources");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theGermanCertificateVerifiesWithItsSignerCertificate() throws Exception {
        JsonNode de = euTest("DE-1.json");

        QrqgCommandTest.Run run = qrqg("dcc", "verify", "--dsc", dsc(de).toString(), "--at", "2021-06-01T20:00:00+02:00",
                de.path("PREFIX").asText());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.firstLine()).isEqualTo("VALID");
        assertThat(run.out()).contains("mp:      EU/1/20/1507 (Spikevax)").contains("Mustermann Erika (MUSTERMANN<<ERIKA)");
    }

    @Test
    void theDutchCertificateVerifiesAsJson() throws Exception {
        JsonNode nl = euTest("NL-041-vaccination.json");

        QrqgCommandTest.Run run = qrqg("dcc", "verify", "--dsc", dsc(nl).toString(), "--at", "2021-05-23T09:43:21Z", "--json",
                nl.path("PREFIX").asText());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("outcome").asText()).isEqualTo("VALID");
        assertThat(report.path("steps").size()).isEqualTo(9);
        report.path("steps").forEach(step -> assertThat(step.asText()).isEqualTo("PASSED"));
        assertThat(report.path("payload")).isEqualTo(nl.path("JSON"));
        assertThat(report.path("header").path("kidProtected").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DE-1.json, 2021-06-01, png", "DE-1.json, 2021-06-01, jpg", "NL-041-vaccination.json, 2021-05-23T10:00:00Z, png",
            "NL-041-vaccination.json, 2021-05-23T10:00:00Z, jpg"})
    void aScannedImageOfTheGermanOrDutchCertificateVerifies(String name, String at, String format) throws Exception {
        JsonNode test = euTest(name);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(test.path("2DCODE").asText())));
        BufferedImage rgb = new BufferedImage(png.getWidth(), png.getHeight(), BufferedImage.TYPE_INT_RGB); // JPEG has no 1-bit form
        rgb.createGraphics().drawImage(png, 0, 0, null);
        Path image = temp.resolve("qr." + format);
        assertThat(ImageIO.write(rgb, format, image.toFile())).isTrue();

        QrqgCommandTest.Run run = qrqg("dcc", "verify", "--dsc", dsc(test).toString(), "--at", at, "--image", image.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.firstLine()).isEqualTo("VALID");
    }

    @Test
    void everyPublishedVectorGivesItsStepsWithOnlyThePublishedTrustListFetchedOverHttp() throws Exception {
        JsonNode file = JSON.readTree(DCC_TESTS.resolve("vectors/dcc.json").toFile());
        byte[] trustList = Files.readAllBytes(DCC_TESTS.resolve("vectors/" + file.path("trustList").asText()));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/trustList/DSC", exchange -> {
            exchange.sendResponseHeaders(200, trustList.length);
            exchange.getResponseBody().write(trustList);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/trustList/DSC";
            for (JsonNode vector : file.path("cases")) {
                QrqgCommandTest.Run run = qrqg("dcc", "verify", "--trust-list", url, "--at", file.path("at").asText(), "--json",
                        vector.path("text").asText());
                JsonNode report = JSON.readTree(run.out());
                JsonNode expected = vector.path("expected");
                assertThat(report.path("steps")).as(vector.path("id").asText()).isEqualTo(expected.path("steps"));
                assertThat(report.path("outcome")).isEqualTo(expected.path("outcome"));
                assertThat(run.exit()).isEqualTo(expected.path("outcome").asText().equals("VALID") ? 0 : 1);
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFailedStepIsNamedWithItsReasonAndTheStepsAfterItDoNotRun() throws Exception {
        JsonNode de = euTest("DE-1.json");

        QrqgCommandTest.Run run = qrqg("dcc", "verify", "--dsc", dsc(de).toString(), "--at", "2023-01-01T00:00:00Z",
                de.path("PREFIX").asText());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("INVALID");
        assertThat(run.out()).containsPattern("expiry +FAILED +expired at 2022-01-28").containsPattern("schema +NOT_RUN");
    }

    @Test
    void decodePrintsThePayloadWithoutVerifying() throws Exception {
        JsonNode nl = euTest("NL-041-vaccination.json");

        QrqgCommandTest.Run run = qrqg("dcc", "decode", nl.path("PREFIX").asText());
        QrqgCommandTest.Run broken = qrqg("dcc", "decode", "HC2:" + nl.path("PREFIX").asText().substring(4));

        assertThat(run.exit()).isZero();
        assertThat(JSON.readTree(run.out())).isEqualTo(nl.path("JSON"));
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("the prefix step failed");
    }

    @Test
    void usageErrorsAndUnreadableFilesExitWithTwo() throws Exception {
        Path notACertificate = Files.writeString(temp.resolve("dsc.pem"), "hello");
        Path notAnImage = Files.writeString(temp.resolve("qr.png"), "hello");

        assertThat(qrqg("dcc", "verify").exit()).isEqualTo(2);
        assertThat(qrqg("dcc", "verify", "HC1:X", "--image", notAnImage.toString()).exit()).isEqualTo(2);
        assertThat(qrqg("dcc", "verify", "--at", "yesterday", "HC1:X").exit()).isEqualTo(2);
        QrqgCommandTest.Run badDsc = qrqg("dcc", "verify", "--dsc", notACertificate.toString(), "HC1:X");
        assertThat(badDsc.exit()).isEqualTo(2);
        assertThat(badDsc.err()).contains("--dsc");
        assertThat(qrqg("dcc", "decode", "--image", notAnImage.toString()).exit()).isEqualTo(2);
        assertThat(qrqg("dcc", "verify", "--dsc", temp.resolve("missing.pem").toString(), "HC1:X").exit()).isEqualTo(2);
    }

    private static JsonNode euTest(String name) throws Exception {
        return JSON.readTree(DCC_TESTS.resolve("eu-dgc-testdata/" + name).toFile());
    }

    /** The test's signer certificate as a file of base64 DER text, one of the forms --dsc reads. */
    private Path dsc(JsonNode test) throws Exception {
        return Files.writeString(temp.resolve("dsc-" + System.nanoTime() + ".txt"),
                test.path("TESTCTX").path("CERTIFICATE").asText(), StandardCharsets.US_ASCII);
    }
}
