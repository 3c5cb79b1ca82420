package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/** The OpenAPI document and Swagger UI are public, and the document describes the real API. */
class ApiDocumentationIT extends PlatformTestSupport {

    @Test
    void theOpenApiDocumentListsThePlatformsEndpointsAndHowToAuthenticate() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode api = TestClients.json(response.body());
        // the build publishes the document beside its other outputs
        Files.writeString(Path.of("target", "openapi.json"), response.body());
        assertThat(api.path("paths").has("/api/v1/citizens/qr")).isTrue();
        assertThat(api.path("paths").has("/api/v1/admin/apps")).isTrue();
        assertThat(api.path("components").path("securitySchemes").path("clientCredentials").path("flows")
                .path("clientCredentials").path("tokenUrl").asString()).isEqualTo("/oauth2/token");
        // an app acting for a person sends the holder token as a header; no invented argN parameter
        JsonNode mine = api.path("paths").path("/api/v1/citizens/me").path("get").path("parameters");
        assertThat(mine.valueStream().map(parameter -> parameter.path("in").asString() + " "
                + parameter.path("name").asString() + " " + parameter.path("required").asBoolean()))
                .containsExactly("header X-Holder-Token true");
        assertThat(response.body()).doesNotContainPattern("\"name\":\"arg[0-9]\"");
    }

    @Test
    void theOpenApiDocumentListsEveryProblemType() throws Exception {
        JsonNode api = TestClients.json(get("/v3/api-docs").body());

        assertThat(api.path("components").path("schemas").path("ProblemType").path("enum").size())
                .isEqualTo(ProblemType.values().length);
        assertThat(api.path("x-problem-types").get(0).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/invalid-request");
    }

    @Test
    void swaggerUiIsServedWithoutAToken() throws Exception {
        HttpResponse<String> response = get("/swagger-ui/index.html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("swagger");
    }
}
