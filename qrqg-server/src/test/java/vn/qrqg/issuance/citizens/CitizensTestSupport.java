package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.identity.RegistryImport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.venues.TestVenues;

/**
 * What tests of citizens' QRs share, in any package: people in the registry, certified apps,
 * issued QRs, calls as a holder.
 */
public abstract class CitizensTestSupport extends PlatformTestSupport {
    protected static final String ISSUE = "/api/v1/citizens/qr";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    protected RegistryImport registryImport;

    /** Someone in the registry (see {@link TestPeople}). */
    protected Person registered(String name, int year, Gender gender) {
        return TestPeople.registered(registryImport, name, year, gender);
    }

    /**
     * {@code POST /api/v1/citizens/qr} as a citizen's app would: when the platform sends a code to
     * the registry's phone (202), the code is read from the reference SMS outbox and typed back.
     * It must end in 200: the issued QR and a holder token.
     */
    protected JsonNode issued(String token, String body) throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", ISSUE, token, body);
        if (response.statusCode() == 202) {
            String phone = TestPeople.phoneOf(TestClients.json(body).path("documentNumber").asString());
            assertThat(phone).as("a code went to a phone these tests registered").isNotNull();
            response = completed(token, TestClients.json(response.body()), phone);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    /**
     * The person's holder changes what their QR records ({@code X-Holder-Token}: {@code issued}'s
     * token, held by the app of {@code token}): 200 with the new version.
     */
    protected JsonNode reissuedByHolder(String token, JsonNode issued, String body) throws Exception {
        HttpResponse<String> response = postAsHolder(ISSUE, token, issued.path("holderToken").asString(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestClients.json(response.body());
    }

    /** Completes a 202 challenge with the code the outbox holds for {@code phone}. */
    protected HttpResponse<String> completed(String token, JsonNode challenge, String phone) throws Exception {
        return complete(token, challenge.path("challengeId").asString(), TestVenues.codeSentTo(port, phone));
    }

    /** {@code POST /api/v1/citizens/qr/challenges/{challengeId}} with {@code code}. */
    protected HttpResponse<String> complete(String token, String challengeId, String code) throws Exception {
        return TestClients.send(port, "POST", ISSUE + "/challenges/" + challengeId, token,
                "{\"code\":\"" + code + "\"}");
    }

    /** A POST as an app acting for a person (the person's or a declarer's holder token in {@code X-Holder-Token}). */
    protected HttpResponse<String> postAsHolder(String path, String appToken, String holderToken, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + appToken).header(HolderTokens.HEADER, holderToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The access token of a newly registered and certified app holding {@code scope}. */
    protected String tokenOfCertifiedApp(String scope) throws Exception {
        return TestClients.certifiedApp(port, scope).token(port, scope);
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
