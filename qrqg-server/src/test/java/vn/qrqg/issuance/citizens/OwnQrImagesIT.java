package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.image.QrImages;
import vn.qrqg.codec.image.QrMedium;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.identity.TestPeople.Person;

/** {@code GET /api/v1/qr/{qid}.png|.svg}: the person's QR as an image, for the app holding their token only. */
class OwnQrImagesIT extends CitizensTestSupport {
    private String app;
    private JsonNode issued;
    private String qid;
    private String holderToken;

    @BeforeEach
    void anAppIssuedAPersonsQr() throws Exception {
        app = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        issued = issued(app, registered("Trịnh Thị Kim", 1927, Gender.FEMALE).body("\"phone\":\"0987654321\""));
        qid = issued.path("qid").asString();
        holderToken = issued.path("holderToken").asString();
    }

    @Test
    void thePngIsTheMaskedQrByDefaultAndNoCacheKeepsIt() throws Exception {
        HttpResponse<byte[]> png = asHolder("GET", issued.path("images").path("png").asString(), app, holderToken);
        assertThat(png.statusCode()).as(new String(png.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Cache-Control").orElse("")).contains("private").contains("no-store")
                .doesNotContain("public");
        assertThat(decoded(png.body())).isEqualTo(issued.path("qr").path("masked").asString()).startsWith("******");
    }

    @Test
    void theFullFormPngDecodesToTheFullQr() throws Exception {
        HttpResponse<byte[]> png = asHolder("GET", "/api/v1/qr/" + qid + ".png?form=full", app, holderToken);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(decoded(png.body())).isEqualTo(issued.path("qr").path("full").asString()).contains("<0987654321<");
    }

    @Test
    void aPngForPrintIsAtLeastFiveCentimetresAt300Dpi() throws Exception {
        HttpResponse<byte[]> png = asHolder("GET", "/api/v1/qr/" + qid + ".png?medium=print", app, holderToken);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(image(png.body()).getWidth()).isGreaterThanOrEqualTo(591); // 5 cm at 300 dpi
        assertThat(decoded(png.body())).isEqualTo(issued.path("qr").path("masked").asString());
    }

    @Test
    void theSvgIsAnSvgOfTheSameQr() throws Exception {
        HttpResponse<byte[]> svg = asHolder("GET", "/api/v1/qr/" + qid + ".svg?form=full", app, holderToken);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.headers().firstValue("Cache-Control").orElse("")).contains("private").contains("no-store");
        String body = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .isEqualTo(QrImages.svg(issued.path("qr").path("full").asString(), QrMedium.SCREEN));
    }

    @Test
    void anotherPersonsImageIsRefusedAndSaysNothingAboutThem() throws Exception {
        String someoneElse = issued(app, registered("Trịnh Văn Dũng", 1928, Gender.MALE).body(null)).path("qid").asString();
        HttpResponse<byte[]> existing = asHolder("GET", "/api/v1/qr/" + someoneElse + ".png", app, holderToken);
        HttpResponse<byte[]> nobody = asHolder("GET", "/api/v1/qr/" + Qid.generate().value() + ".png", app, holderToken);
        HttpResponse<byte[]> nonsense = asHolder("GET", "/api/v1/qr/12345.svg?form=nonsense", app, holderToken);
        for (HttpResponse<byte[]> refused : java.util.List.of(existing, nobody, nonsense)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            JsonNode problem = json(refused);
            assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-the-holder");
            assertThat(problem.path("detail").asString()).isEqualTo(json(existing).path("detail").asString());
        }
    }

    @Test
    void withoutTheHoldersTokenThereIsNoImage() throws Exception {
        HttpResponse<byte[]> response = asHolder("GET", "/api/v1/qr/" + qid + ".png", app, null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("type").asString()).isEqualTo("https://qrqg.vn/problems/holder-token-required");
        String otherApp = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        assertThat(asHolder("GET", "/api/v1/qr/" + qid + ".png", otherApp, holderToken).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownFormIsA400NamingForm() throws Exception {
        HttpResponse<byte[]> response = asHolder("GET", "/api/v1/qr/" + qid + ".png?form=partial", app, holderToken);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asString()).isEqualTo("form");
    }

    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** What a scanner reads from the image (ZXing core, as the apps' scanners use it). */
    private static String decoded(byte[] png) throws Exception {
        BufferedImage image = image(png);
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
