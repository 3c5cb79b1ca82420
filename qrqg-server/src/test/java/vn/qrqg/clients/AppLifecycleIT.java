package vn.qrqg.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

class AppLifecycleIT extends ClientsTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aNewAppIsPendingAndGetsNoTokenUntilAnAdminCertifiesIt() throws Exception {
        NewApp app = register(List.of(Scopes.SCAN_VENUE));
        assertThat(app.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(json(send("GET", "/api/v1/admin/apps/" + app.appId(), adminToken(), null)).path("status").asString())
                .isEqualTo("PENDING");

        assertThat(requestToken(app.clientId(), app.secret(), Scopes.SCAN_VENUE).statusCode()).isEqualTo(401);

        HttpResponse<String> certified = changeStatus(app.appId(), "CERTIFIED");
        assertThat(certified.statusCode()).isEqualTo(200);
        assertThat(json(certified).path("status").asString()).isEqualTo("CERTIFIED");
        assertThat(requestToken(app.clientId(), app.secret(), Scopes.SCAN_VENUE).statusCode()).isEqualTo(200);
    }

    @Test
    void aCertifiedAppsTokenWorksWithinItsScopesAndTellsWhoCalls() throws Exception {
        NewApp app = certified(List.of(Scopes.SCAN_VENUE));
        String token = token(app, Scopes.SCAN_VENUE);

        HttpResponse<String> scan = send("GET", "/api/v1/test/clients/venue-scan", token, null);

        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        JsonNode caller = json(scan);
        assertThat(caller.path("appId").asString()).isEqualTo(app.appId().toString());
        assertThat(caller.path("clientId").asString()).isEqualTo(app.clientId());
        assertThat(caller.path("scopes").get(0).asString()).isEqualTo(Scopes.SCAN_VENUE);
    }

    @Test
    void anAppReadsItsOwnNameWhateverItsScopes() throws Exception {
        NewApp app = certified(List.of(Scopes.SCAN_HEALTH));

        HttpResponse<String> me = send("GET", "/api/v1/apps/me", token(app, Scopes.SCAN_HEALTH), null);

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json(me).path("name").asString()).isEqualTo(app.name());
        assertThat(json(me).path("operator").asString()).isEqualTo("Sở Y tế Khánh Hòa");
        assertThat(json(me).path("clientId").asString()).isEqualTo(app.clientId());
        assertThat(send("GET", "/api/v1/apps/me", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAppWithoutScopeAdminIsForbiddenTheAdminApi() throws Exception {
        NewApp app = certified(List.of(Scopes.SCAN_VENUE));

        HttpResponse<String> response = send("GET", "/api/v1/admin/apps/" + app.appId(), token(app, Scopes.SCAN_VENUE), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("type").asString()).isEqualTo("https://qrqg.vn/problems/insufficient-scope");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).contains("insufficient_scope"));
    }

    @Test
    void aTokenWithoutTheScopeAnEndpointRequiresIsForbidden() throws Exception {
        NewApp app = certified(List.of(Scopes.SCAN_VENUE, Scopes.QR_ISSUE));
        String issuerToken = token(app, Scopes.QR_ISSUE);

        HttpResponse<String> whoAmI = send("GET", "/api/v1/test/clients/whoami", issuerToken, null);
        assertThat(whoAmI.statusCode()).isEqualTo(200);
        assertThat(json(whoAmI).path("clientId").asString()).isEqualTo(app.clientId());
        assertThat(json(whoAmI).path("scopes").valueStream().map(JsonNode::asString)).containsExactly(Scopes.QR_ISSUE);
        HttpResponse<String> scan = send("GET", "/api/v1/test/clients/venue-scan", issuerToken, null);
        assertThat(scan.statusCode()).isEqualTo(403);
        assertThat(json(scan).path("type").asString()).isEqualTo("https://qrqg.vn/problems/insufficient-scope");
    }

    @Test
    void aSuspendedAppIsRefusedOnItsVeryNextCallEvenWithATokenObtainedBefore() throws Exception {
        NewApp app = certified(List.of(Scopes.SCAN_VENUE));
        String token = token(app, Scopes.SCAN_VENUE);
        assertThat(send("GET", "/api/v1/test/clients/venue-scan", token, null).statusCode()).isEqualTo(200);

        assertThat(changeStatus(app.appId(), "SUSPENDED").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = send("GET", "/api/v1/test/clients/venue-scan", token, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/app-not-certified");
        assertThat(problem.path("appStatus").asString()).isEqualTo("SUSPENDED");
        assertThat(problem.path("detail").asString()).contains("suspended");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).contains("invalid_token"));
        assertThat(requestToken(app.clientId(), app.secret(), Scopes.SCAN_VENUE).statusCode()).isEqualTo(401);
    }

    @Test
    void aCertifiedAppIsListedPubliclyOnlyWhileCertified() throws Exception {
        NewApp app = register(List.of(Scopes.SCAN_HEALTH));
        assertThat(certifiedNames()).doesNotContain(app.name());

        changeStatus(app.appId(), "CERTIFIED");
        assertThat(certifiedNames()).contains(app.name());
        JsonNode listed = certifiedList().valueStream()
                .filter(entry -> entry.path("name").asString().equals(app.name())).findFirst().orElseThrow();
        assertThat(listed.path("operator").asString()).isEqualTo("Sở Y tế Khánh Hòa");
        assertThat(listed.has("clientSecret")).isFalse();

        changeStatus(app.appId(), "SUSPENDED");
        assertThat(certifiedNames()).doesNotContain(app.name());
    }

    @Test
    void theOperatorClientIsNotListedAmongCertifiedApps() throws Exception {
        assertThat(certifiedList().valueStream().map(entry -> entry.path("name").asString()))
                .doesNotContain("Platform operator");
    }

    @Test
    void storesOnlyAHashOfTheSecret() throws Exception {
        NewApp app = register(List.of(Scopes.QR_ISSUE));

        String stored = jdbc.sql("select client_secret_hash from clients_app where app_id = :id")
                .param("id", app.appId()).query(String.class).single();

        assertThat(stored).doesNotContain(app.secret()).startsWith("{hmac-sha256}");
        assertThat(passwordEncoder.matches(app.secret(), stored)).isTrue();
    }

    @Test
    void aRevokedAppStaysRevoked() throws Exception {
        NewApp app = certified(List.of(Scopes.SCAN_POLICE));
        assertThat(changeStatus(app.appId(), "REVOKED").statusCode()).isEqualTo(200);

        HttpResponse<String> again = changeStatus(app.appId(), "CERTIFIED");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("type").asString()).isEqualTo("https://qrqg.vn/problems/app-revoked");
        assertThat(requestToken(app.clientId(), app.secret(), Scopes.SCAN_POLICE).statusCode()).isEqualTo(401);
    }

    @Test
    void aSuspendedAppCertifiedAgainGetsTokensAgain() throws Exception {
        NewApp app = certified(List.of(Scopes.SCAN_VENUE));
        changeStatus(app.appId(), "SUSPENDED");
        changeStatus(app.appId(), "CERTIFIED");

        String token = token(app, Scopes.SCAN_VENUE);

        assertThat(send("GET", "/api/v1/test/clients/venue-scan", token, null).statusCode()).isEqualTo(200);
    }

    private JsonNode certifiedList() throws Exception {
        HttpResponse<String> list = get("/api/v1/apps/certified");
        assertThat(list.statusCode()).isEqualTo(200);
        return TestClients.json(list.body());
    }

    private List<String> certifiedNames() throws Exception {
        return certifiedList().valueStream().map(entry -> entry.path("name").asString()).toList();
    }
}
