package vn.qrqg.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.JsonNode;

class TokenEndpointIT extends ClientsTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Test
    void givesTheOperatorClientAShortLivedJwtWithScopeAdmin() throws Exception {
        HttpResponse<String> response = requestToken("admin", TestClients.adminSecret(), "admin");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode token = json(response);
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asInt()).isBetween(590, 600);
        assertThat(token.path("scope").asString()).isEqualTo("admin");
        assertThat(token.has("refresh_token")).isFalse();
        String[] jwt = token.path("access_token").asString().split("\\.");
        assertThat(jwt).hasSize(3);
        JsonNode header = TestClients.json(decode(jwt[0]));
        JsonNode claims = TestClients.json(decode(jwt[1]));
        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        assertThat(claims.path("sub").asString()).isEqualTo("admin");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(600);
    }

    @Test
    void refusesAWrongSecretWith401() throws Exception {
        HttpResponse<String> response = requestToken("admin", TestClients.adminSecret() + "x", "admin");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void refusesAnUnknownClientWith401() throws Exception {
        assertThat(requestToken("no-such-client", "whatever-secret", null).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAScopeTheClientDoesNotHold() throws Exception {
        HttpResponse<String> response = requestToken("admin", TestClients.adminSecret(), "scan:police");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void acceptsTheClientSecretInTheRequestBodyToo() throws Exception {
        String body = "grant_type=client_credentials&scope=admin&client_id=admin&client_secret="
                + java.net.URLEncoder.encode(TestClients.adminSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serverPort + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void refusesTheGrantsItDoesNotOffer() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serverPort + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + TestClients.adminSecret()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asString()).isIn("unauthorized_client", "invalid_grant");
    }

    @Test
    void publishesItsTokenSigningKeyWithoutAuthentication() throws Exception {
        String accessToken = adminToken();
        String kid = TestClients.json(decode(accessToken.split("\\.")[0])).path("kid").asString();

        HttpResponse<String> jwks = get("/oauth2/jwks");

        assertThat(jwks.statusCode()).isEqualTo(200);
        JsonNode key = json(jwks).path("keys").get(0);
        assertThat(key.path("kid").asString()).isEqualTo(kid);
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).as("no private part").isFalse();
    }

    /**
     * A secret as {@code openssl rand -base64 32} makes it, with {@code +}, {@code /} and
     * {@code =}: the README's command (client_secret_post, the secret URL-encoded by curl's
     * {@code --data-urlencode}) gets a token; {@code curl -u id:secret}, which sends Basic
     * credentials unencoded, does not, since RFC 6749 §2.3.1 has them form-encoded first (a
     * {@code +} read as a space).
     */
    @Test
    void aSecretHoldingPlusSlashAndEqualsWorksPostedUrlEncoded() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.QR_ISSUE);
        String secret = "q+Zk/3Vw9mR+8pLx/7cYtN2bH4eJ6aU1sD0fG5hI3kM=";
        jdbc.sql("update clients_app set client_secret_hash = :hash where client_id = :id")
                .param("hash", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(secret))
                .param("id", app.clientId()).update();

        HttpResponse<String> posted = post("grant_type=client_credentials&scope=" + form(Scopes.QR_ISSUE)
                + "&client_id=" + form(app.clientId()) + "&client_secret=" + form(secret), null);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        String raw = Base64.getEncoder().encodeToString((app.clientId() + ":" + secret).getBytes(StandardCharsets.UTF_8));
        assertThat(post("grant_type=client_credentials", "Basic " + raw).statusCode()).isEqualTo(401);
        assertThat(requestToken(app.clientId(), secret, Scopes.QR_ISSUE).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String base64url) {
        return new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    }
}
