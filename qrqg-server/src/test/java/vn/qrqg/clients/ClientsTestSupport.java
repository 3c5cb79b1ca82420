package vn.qrqg.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.qrqg.platform.PlatformTestSupport;

/** What the clients' integration tests share: the operator's token, and apps made through the admin API. */
abstract class ClientsTestSupport extends PlatformTestSupport {

    @LocalServerPort
    int serverPort;

    /** An app the admin API just registered, and its one-time secret. */
    record NewApp(UUID appId, String clientId, String secret, String name) {
    }

    String adminToken() throws Exception {
        return TestClients.adminToken(serverPort);
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return TestClients.send(serverPort, method, path, token, json);
    }

    HttpResponse<String> requestToken(String clientId, String secret, String scope) throws Exception {
        return TestClients.requestToken(serverPort, clientId, secret, scope);
    }

    String token(NewApp app, String scope) throws Exception {
        return TestClients.token(serverPort, app.clientId(), app.secret(), scope);
    }

    /** A new app with a unique name, PENDING. */
    NewApp register(List<String> scopes) throws Exception {
        String name = "Test app " + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\",\"operator\":\"Sở Y tế Khánh Hòa\",\"scopes\":["
                + String.join(",", scopes.stream().map(scope -> "\"" + scope + "\"").toList()) + "]}";
        HttpResponse<String> created = send("POST", "/api/v1/admin/apps", adminToken(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = TestClients.json(created.body());
        return new NewApp(UUID.fromString(app.path("appId").asString()), app.path("clientId").asString(),
                app.path("clientSecret").asString(), name);
    }

    HttpResponse<String> changeStatus(UUID appId, String status) throws Exception {
        return send("POST", "/api/v1/admin/apps/" + appId + "/status", adminToken(), "{\"status\":\"" + status + "\"}");
    }

    NewApp certified(List<String> scopes) throws Exception {
        NewApp app = register(scopes);
        assertThat(changeStatus(app.appId(), "CERTIFIED").statusCode()).isEqualTo(200);
        return app;
    }

    static JsonNode json(HttpResponse<String> response) {
        return TestClients.json(response.body());
    }
}
