package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.CccdNumber;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * What tests of citizens' QRs share, in any package: people in the registry, certified apps,
 * issued QRs, calls as a holder. Its people are born before 1929, with random serials, so
 * neither the synthetic population nor other tests (one shared database) hold them.
 */
public abstract class CitizensTestSupport extends PlatformTestSupport {
    protected static final String ISSUE = "/api/v1/citizens/qr";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    protected RegistryImport registryImport;

    /** A registered person: what a matching declaration sends. */
    public record Person(String documentNumber, String fullName, String dateOfBirth, Gender gender) {
        public String body(String extra) {
            return "{\"documentNumber\":\"" + documentNumber + "\",\"fullName\":\"" + fullName
                    + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"gender\":\"" + gender.code() + "\""
                    + (extra == null ? "" : "," + extra) + "}";
        }
    }

    /** Someone in the registry, born 03-04 (or 04-03 for nobody) of {@code year}, with a random CCCD serial. */
    protected Person registered(String name, int year, Gender gender) {
        String number = String.format("001%d%02d%06d", CccdNumber.genderCenturyDigit(gender, year), year % 100,
                RANDOM.nextInt(1_000_000));
        String date = year + "-03-04";
        registryImport.importCsv(new StringReader("document_number,full_name,date_of_birth,gender\n"
                + number + "," + name + "," + date + "," + gender.code() + "\n"));
        return new Person(number, name, date, gender);
    }

    /** {@code POST /api/v1/citizens/qr}, which must answer 200: the issued QR and a holder token. */
    protected JsonNode issued(String token, String body) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", ISSUE, token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    /** The access token of a newly registered and certified app holding {@code scope}. */
    protected String tokenOfCertifiedApp(String scope) throws Exception {
        String admin = TestClients.adminToken(port);
        HttpResponse<String> created = TestClients.send(port, "POST", "/api/v1/admin/apps", admin,
                "{\"name\":\"Citizen QR test " + RANDOM.nextLong() + "\",\"operator\":\"Bộ Công an\",\"scopes\":[\""
                        + scope + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = TestClients.json(created.body());
        HttpResponse<String> certified = TestClients.send(port, "POST",
                "/api/v1/admin/apps/" + app.path("appId").asString() + "/status", admin, "{\"status\":\"CERTIFIED\"}");
        assertThat(certified.statusCode()).as(certified.body()).isEqualTo(200);
        return TestClients.token(port, app.path("clientId").asString(), app.path("clientSecret").asString(), scope);
    }

    /** A call as an app acting for a person: its access token and, unless null, the holder token. */
    protected HttpResponse<byte[]> asHolder(String method, String path, String appToken, String holderToken)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + appToken);
        if (holderToken != null) {
            request.header(HolderTokens.HEADER, holderToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected static JsonNode json(HttpResponse<byte[]> response) {
        return TestClients.json(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
