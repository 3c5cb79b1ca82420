package vn.qrqg.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.holders.HolderTokens;

/**
 * A report's photo: a phone's JPEG keeps its picture, upright, and loses its GPS position and
 * every other metadata; a PDF named .jpg and a photo over 5 MB are refused with a problem that
 * says so, and nothing of the report is stored.
 */
class FeedbackPhotoIT extends FeedbackTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPhonesPhotoComesBackUprightWithoutItsGpsPosition() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        byte[] sent = withGpsAndOrientation(jpeg(80, 40), 16.75, 107.18, 6); // held upright: turned 90° clockwise
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(sent));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation()).as("the test's own photo")
                .isNotNull();

        HttpResponse<String> answer = submitForm(hoa, Map.of("category", "OTHER",
                "text", "Ảnh giấy xác nhận tiêm chủng"), sent, "IMG_2041.jpg");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String trackingNumber = TestClients.json(answer.body()).path("trackingNumber").asString();
        assertThat(reportsOf(hoa).get(0).path("hasPhoto").asBoolean()).isTrue();

        HttpResponse<byte[]> photo = photoOf(hoa, trackingNumber);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo.body()));
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).as("no GPS position").isNull();
        assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("no EXIF at all").isNull();
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertThat(kept.getWidth()).as("turned upright").isEqualTo(40);
        assertThat(kept.getHeight()).isEqualTo(80);
        assertThat(new java.awt.Color(kept.getRGB(35, 40)).getRed()).as("the black bar now on the right").isLessThan(60);
        assertThat(new java.awt.Color(kept.getRGB(2, 40)).getRed()).isGreaterThan(200);
    }

    @Test
    void aPngStaysAPng() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        HttpResponse<String> answer = submitForm(hoa, Map.of("category", "APP_PROBLEM", "text", "Ảnh chụp màn hình lỗi"),
                image(30, 60, "png"), "screenshot.png");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        HttpResponse<byte[]> photo = photoOf(hoa, TestClients.json(answer.body()).path("trackingNumber").asString());
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth()).isEqualTo(30);
    }

    @Test
    void aPdfNamedJpgIsRefusedAndNothingIsStored() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> answer = submitForm(hoa, Map.of("category", "OTHER", "text", "Giấy tờ"), pdf, "giay.jpg");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertThat(type(answer)).isEqualTo("https://qrqg.vn/problems/photo-not-accepted");
        assertThat(TestClients.json(answer.body()).path("detail").asString()).contains("PDF");
        assertThat(reportsOf(hoa)).isEmpty();
    }

    @Test
    void aDamagedJpegIsRefused() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        byte[] damaged = java.util.Arrays.copyOf(jpeg(200, 200), 40);
        HttpResponse<String> answer = submitForm(hoa, Map.of("category", "OTHER", "text", "Ảnh"), damaged, "a.jpg");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertThat(reportsOf(hoa)).isEmpty();
    }

    @Test
    void sixMegabytesAreRefusedAndNothingIsStored() throws Exception {
        Visitor hoa = citizenOf(QUANG_TRI);
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(jpeg(10, 10), 0, big, 0, 100);
        HttpResponse<String> answer = submitForm(hoa, Map.of("category", "OTHER", "text", "Ảnh lớn"), big, "big.jpg");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(type(answer)).isEqualTo("https://qrqg.vn/problems/photo-too-large");
        assertThat(TestClients.json(answer.body()).path("maxBytes").asLong()).isEqualTo(5L * 1024 * 1024);
        assertThat(reportsOf(hoa)).isEmpty();
    }

    private HttpResponse<byte[]> photoOf(Visitor who, String trackingNumber) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + feedbackPath(who) + "/"
                        + trackingNumber + "/photo")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + visitorsApp().token(port, Scopes.QR_ISSUE))
                .header(HolderTokens.HEADER, who.holderToken()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The JPEG with EXIF as a phone writes it: where it was taken, and how the camera was held. */
    private static byte[] withGpsAndOrientation(byte[] jpeg, double latitude, double longitude, int orientation)
            throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(longitude, latitude);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }
}
