package vn.qrqg.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * {@code /oauth2/token} under attack: a flood of wrong secrets is cut short per client id, an
 * unknown client id learns nothing a known one would not, and secrets are checked with a fast
 * keyed hash (old bcrypt hashes upgraded at the next success).
 */
class TokenEndpointLimitsIT extends PlatformTestSupport {
    private static final String WRONG = "a-wrong-secret-of-the-right-length-000000000";

    @Autowired
    JdbcClient jdbc;

    @Test
    void tenWrongSecretsThenEvenTheRightOneIsRefusedWith429UntilTheWindowEnds() throws Exception {
        TestClients.CertifiedApp victim = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        TestClients.CertifiedApp other = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(TestClients.requestToken(port, victim.clientId(), WRONG, null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = TestClients.requestToken(port, victim.clientId(), victim.clientSecret(),
                Scopes.SCAN_VENUE);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(TestClients.json(refused.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/too-many-failed-authentications");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(TestClients.requestToken(port, other.clientId(), other.clientSecret(), Scopes.SCAN_VENUE)
                .statusCode()).as("another client id is not affected").isEqualTo(200);
    }

    @Test
    void anUnknownClientIdIsAnsweredExactlyAsAKnownOneWithAWrongSecret() throws Exception {
        TestClients.CertifiedApp known = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        HttpResponse<String> wrongSecret = TestClients.requestToken(port, known.clientId(), WRONG, null);
        HttpResponse<String> unknown = TestClients.requestToken(port, "app-NoSuchClient0000", WRONG, null);
        assertThat(unknown.statusCode()).isEqualTo(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrongSecret.body());
        assertThat(unknown.headers().firstValue("WWW-Authenticate"))
                .isEqualTo(wrongSecret.headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void secretsAreKeptAsAKeyedHashAndAnOldBcryptHashIsUpgradedAtTheNextSuccess() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.SCAN_VENUE);
        assertThat(storedHash(app)).startsWith("{hmac-sha256}").doesNotContain(app.clientSecret());

        jdbc.sql("update clients_app set client_secret_hash = :hash where client_id = :id")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(app.clientSecret()))
                .param("id", app.clientId()).update();
        assertThat(TestClients.requestToken(port, app.clientId(), app.clientSecret(), Scopes.SCAN_VENUE).statusCode())
                .isEqualTo(200);
        assertThat(storedHash(app)).startsWith("{hmac-sha256}");
        assertThat(TestClients.requestToken(port, app.clientId(), app.clientSecret(), Scopes.SCAN_VENUE).statusCode())
                .isEqualTo(200);
    }

    private String storedHash(TestClients.CertifiedApp app) {
        return jdbc.sql("select client_secret_hash from clients_app where client_id = :id")
                .param("id", app.clientId()).query(String.class).single();
    }
}
