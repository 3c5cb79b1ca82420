package vn.qrqg.issuance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.signature.Signer;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.platform.PlatformTestSupport;

/** What the issuance integration tests share: requests beyond GET, admin calls, and QRs to sign and scan. */
abstract class IssuanceTestSupport extends PlatformTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int serverPort;

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with a token of scope admin, which {@code /api/v1/admin/**} needs. */
    HttpResponse<String> postAsAdmin(String path) throws Exception {
        return send("POST", path, "Authorization", "Bearer " + TestClients.adminToken(serverPort));
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** A full-form personal QR signed by {@code signer}. */
    static String personalQr(Signer signer) {
        PersonalQrContent person = PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Qid.parse("162979388586171104", "QID"), null, Gender.FEMALE,
                "DN4017915019812", "0912345678");
        return person.sign(QrForm.FULL, signer);
    }

    /** What a scanner holding the JWKS the platform serves now makes of {@code qr}. */
    ScanOutcome scanWithPublishedKeys(String qr) throws Exception {
        TrustList published = TrustList.fromJwks(get("/.well-known/jwks.json").body());
        return new ScanClassifier(published, List.of("http://localhost")).classify(qr).outcome();
    }
}
