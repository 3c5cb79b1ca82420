package vn.qrqg.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AppAdminApiIT extends ClientsTestSupport {

    @Test
    void refusesAnUnknownScopeNamingIt() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/admin/apps", adminToken(),
                "{\"name\":\"PC-COVID\",\"operator\":\"Bộ TT&TT\",\"scopes\":[\"scan:venue\",\"scan:everything\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/unknown-scope");
        assertThat(problem.path("unknownScopes").get(0).asString()).isEqualTo("scan:everything");
        assertThat(problem.path("detail").asString()).contains("scan:everything");
    }

    @Test
    void refusesAnInvalidStatusNamingTheField() throws Exception {
        NewApp app = register(List.of(Scopes.SCAN_VENUE));

        HttpResponse<String> response = changeStatus(app.appId(), "APPROVED");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("status");
        assertThat(problem.path("detail").asString()).contains("status").contains("CERTIFIED");
    }

    @Test
    void refusesAMissingNameAndEmptyScopesNamingBoth() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/admin/apps", adminToken(),
                "{\"operator\":\"Bộ Y tế\",\"scopes\":[]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(problem.path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("name", "scopes");
    }

    @Test
    void limitsAnOfficialsAppToProvincesAndRefusesACodeThatIsNoProvince() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/admin/apps", adminToken(),
                "{\"name\":\"Truy vết " + UUID.randomUUID() + "\",\"operator\":\"Sở Y tế TP.HCM\","
                        + "\"scopes\":[\"tracing:read\"],\"provinces\":[\"79\",\"01\",\"79\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode app = json(created);
        assertThat(app.path("provinces").valueStream().map(JsonNode::asString)).containsExactly("01", "79");
        String path = "/api/v1/admin/apps/" + app.path("appId").asString() + "/provinces";

        HttpResponse<String> refused = send("PUT", path, adminToken(), "{\"provinces\":[\"79\",\"99\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("provinces");
        assertThat(problem.path("detail").asString()).contains("\"99\"");
        assertThat(json(send("GET", "/api/v1/admin/apps/" + app.path("appId").asString(), adminToken(), null))
                .path("provinces").valueStream().map(JsonNode::asString)).containsExactly("01", "79");

        HttpResponse<String> lifted = send("PUT", path, adminToken(), "{\"provinces\":[]}");
        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        assertThat(json(lifted).path("provinces").isEmpty()).isTrue();
        String subject = app.path("appId").asString();
        List<String> changes = List.of();
        for (long deadline = System.nanoTime() + 10_000_000_000L; changes.size() < 2 && System.nanoTime() < deadline; ) {
            Thread.sleep(100); // the audit writes admin actions from their events, after the change committed
            changes = json(send("GET", "/api/v1/admin/actions?size=100", adminToken(), null)).path("items").valueStream()
                    .filter(action -> action.path("action").asString().equals("AppProvincesChanged"))
                    .filter(action -> action.path("subjects").get(0).asString().equals(subject))
                    .map(action -> action.path("summary").asString()).toList();
        }
        assertThat(changes).containsExactlyInAnyOrder("whole country -> provinces 01 79",
                "provinces 01 79 -> whole country");
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/admin/apps", adminToken(), "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
    }

    @Test
    void answersAnUnknownAppIdWith404() throws Exception {
        UUID unknown = UUID.randomUUID();

        HttpResponse<String> read = send("GET", "/api/v1/admin/apps/" + unknown, adminToken(), null);
        HttpResponse<String> change = changeStatus(unknown, "CERTIFIED");

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(change.statusCode()).isEqualTo(404);
        assertThat(json(change).path("type").asString()).isEqualTo("https://qrqg.vn/problems/app-not-found");
        assertThat(json(change).path("appId").asString()).isEqualTo(unknown.toString());
    }

    @Test
    void refusesAnAppIdThatIsNoUuidNamingIt() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/admin/apps/pc-covid", adminToken(), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asString()).isEqualTo("appId");
    }

    @Test
    void showsTheSecretOnceAndNeverAgain() throws Exception {
        NewApp app = register(List.of(Scopes.QR_ISSUE));

        HttpResponse<String> read = send("GET", "/api/v1/admin/apps/" + app.appId(), adminToken(), null);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(app.secret()).doesNotContain("clientSecret");
        assertThat(json(read).path("scopes").get(0).asString()).isEqualTo(Scopes.QR_ISSUE);
    }

    @Test
    void refusesAdminCallsWithoutATokenWith401() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/admin/apps", null,
                "{\"name\":\"x\",\"operator\":\"y\",\"scopes\":[\"admin\"]}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).startsWith("Bearer"));
        assertThat(json(response).path("type").asString()).isEqualTo("https://qrqg.vn/problems/unauthenticated");
    }

    @Test
    void refusesATokenNotSignedByThePlatform() throws Exception {
        String forged = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInNjb3BlIjpbImFkbWluIl19.";

        HttpResponse<String> response = send("GET", "/api/v1/admin/apps/" + UUID.randomUUID(), forged, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-token");
    }

    @Test
    void needsATokenForEveryOtherApiCall() throws Exception {
        assertThat(get("/api/v1/test/clients/whoami").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/anything-else").statusCode()).isEqualTo(401);
    }

    @Test
    void servesThePublicPathsWithoutAToken() throws Exception {
        assertThat(get("/api/v1/apps/certified").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/.well-known/oauth-authorization-server").statusCode()).as("not served").isEqualTo(404);
        assertThat(get("/.well-known/jwks.json").statusCode()).isEqualTo(200);
        assertThat(get("/oauth2/jwks").statusCode()).isEqualTo(200);
    }

    @Test
    void setsNoSessionCookie() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/admin/apps/" + UUID.randomUUID(), adminToken(), null);

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }
}
