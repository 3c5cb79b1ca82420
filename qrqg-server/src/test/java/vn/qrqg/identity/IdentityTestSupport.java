package vn.qrqg.identity;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * What the identity integration tests share. Their people are born before 1929: the synthetic
 * population (ages 0–95 on 1 July 2025) never holds their CCCD numbers, whatever it seeded.
 */
public abstract class IdentityTestSupport extends PlatformTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int serverPort;

    @Autowired
    protected RegistryImport registryImport;

    @Autowired
    protected PopulationRegistry registry;

    protected ImportReport importCsv(String csv) {
        return registryImport.importCsv(new StringReader(csv));
    }

    /** A POST over real HTTP, with a bearer token unless {@code token} is null. */
    protected HttpResponse<String> post(String path, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token with scope admin, from the clients capability's operator client. */
    protected String adminToken() throws Exception {
        return TestClients.adminToken(serverPort);
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
