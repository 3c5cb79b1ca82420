package vn.qrqg.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.checkins.CheckInsTestSupport;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.TestPeople;

/** Citizens with a holder token who send reports, as JSON or as a form with a photo, and officials who answer them. */
public abstract class FeedbackTestSupport extends CheckInsTestSupport {
    protected static final String QUANG_TRI = "44";
    protected static final String NGHE_AN = "40";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    protected AdministrativeAreas areas;

    protected String someCommuneOf(String provinceCode) {
        List<AdministrativeAreas.Commune> communes = areas.communesOf(provinceCode);
        return communes.get(RANDOM.nextInt(communes.size())).code();
    }

    /** Someone living in a commune of this province, whose QR the visitors' app issued and whose holder token it holds. */
    protected Visitor citizenOf(String provinceCode) throws Exception {
        return visitor(TestPeople.registered(registryImport, "Phan Thị Hoa", 1960 + RANDOM.nextInt(40), Gender.FEMALE,
                ",commune_code", "," + someCommuneOf(provinceCode)));
    }

    protected String feedbackPath(Visitor who) {
        return "/api/v1/citizens/" + who.qid() + "/feedback";
    }

    /** The person's app sends a report as JSON. */
    protected HttpResponse<String> submitJson(Visitor who, Map<String, Object> body) throws Exception {
        return asHolder(who, "POST", feedbackPath(who), "application/json",
                HttpRequest.BodyPublishers.ofString(json(body)));
    }

    /** The person's app sends a report as a form; the photo (with its file name) only when not null. */
    protected HttpResponse<String> submitForm(Visitor who, Map<String, String> fields, byte[] photo, String fileName)
            throws Exception {
        String boundary = "qrqg" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (photo != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(photo);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return asHolder(who, "POST", feedbackPath(who), "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** The person's reports, as their app reads them. */
    protected JsonNode reportsOf(Visitor who) throws Exception {
        HttpResponse<String> answer = asHolder(who, "GET", feedbackPath(who), null, HttpRequest.BodyPublishers.noBody());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestClients.json(answer.body()).path("items");
    }

    protected HttpResponse<String> asHolder(Visitor who, String method, String path, String contentType,
            HttpRequest.BodyPublisher body) throws Exception {
        return withHolderToken(who.holderToken(), method, path, contentType, body);
    }

    /** A call with this holder token, whoever the path names. */
    protected HttpResponse<String> withHolderToken(String holderToken, String method, String path, String contentType,
            HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).method(method, body)
                .header("Authorization", "Bearer " + visitorsApp().token(port, Scopes.QR_ISSUE))
                .header(HolderTokens.HEADER, holderToken);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A report of this category and text, as JSON, that must be taken: its tracking number. */
    protected String reported(Visitor who, String category, String text, Map<String, Object> more) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(more);
        body.put("category", category);
        body.put("text", text);
        HttpResponse<String> answer = submitJson(who, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return TestClients.json(answer.body()).path("trackingNumber").asString();
    }

    /** An app of officials (scope feedback:handle), limited to these provinces (none: the whole country). */
    protected TestClients.CertifiedApp officialsApp(String... provinces) throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.FEEDBACK_HANDLE);
        if (provinces.length > 0) {
            HttpResponse<String> limited = TestClients.send(port, "PUT", "/api/v1/admin/apps/" + app.appId()
                    + "/provinces", TestClients.adminToken(port), json(Map.of("provinces", List.of(provinces))));
            assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        }
        return app;
    }

    protected String officials(String... provinces) throws Exception {
        return officialsApp(provinces).token(port, Scopes.FEEDBACK_HANDLE);
    }

    protected static String type(HttpResponse<String> answer) {
        return TestClients.json(answer.body()).path("type").asString();
    }

    /** A small photo of a white sheet with a black bar along its top, as a phone's camera writes it. */
    protected static byte[] jpeg(int width, int height) throws Exception {
        return image(width, height, "jpeg");
    }

    protected static byte[] image(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width, Math.max(1, height / 4));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
