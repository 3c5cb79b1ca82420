package vn.qrqg.holders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.issuance.citizens.CitizensTestSupport;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.platform.secrets.SecretTokens;

/** Holder tokens over real HTTP: who may act for a person, and how that ends. */
class HolderTokensIT extends CitizensTestSupport {
    private static final String ME = "/api/v1/citizens/me";
    private static final String PROBLEMS = "https://qrqg.vn/problems/";

    @Autowired
    JdbcClient jdbc;

    private String appA;
    private String appB;

    @BeforeEach
    void twoCertifiedApps() throws Exception {
        appA = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        appB = tokenOfCertifiedApp(Scopes.QR_ISSUE);
    }

    @Test
    void anIssuanceAnswersAHolderTokenAndWhereTheImagesAre() throws Exception {
        JsonNode issued = issued(appA, registered("Nguyễn Văn Hùng", 1922, Gender.MALE).body(null));
        String qid = issued.path("qid").asString();
        assertThat(issued.path("holderToken").asString()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(issued.path("images").path("png").asString()).isEqualTo("/api/v1/qr/" + qid + ".png");
        assertThat(issued.path("images").path("svg").asString()).isEqualTo("/api/v1/qr/" + qid + ".svg");
    }

    @Test
    void thePlatformKeepsOnlyTheHashOfAToken() throws Exception {
        JsonNode issued = issued(appA, registered("Trần Thị Nga", 1923, Gender.FEMALE).body(null));
        String token = issued.path("holderToken").asString();
        assertThat(jdbc.sql("select count(*) from holders_token where token_hash = :hash and qid = :qid")
                .param("hash", SecretTokens.sha256(token)).param("qid", issued.path("qid").asString())
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from holders_token where encode(token_hash, 'escape') like :token")
                .param("token", "%" + token + "%").query(Long.class).single()).isZero();
    }

    @Test
    void theTokenLetsItsAppReadThePersonsOwnQr() throws Exception {
        JsonNode issued = issued(appA, registered("Lê Văn Tám", 1924, Gender.MALE).body(null));
        HttpResponse<byte[]> me = asHolder("GET", ME, appA, issued.path("holderToken").asString());
        assertThat(me.statusCode()).as(new String(me.body())).isEqualTo(200);
        assertThat(me.headers().firstValue("Cache-Control").orElse("")).contains("no-store").contains("private");
        JsonNode own = json(me);
        assertThat(own.path("qid").asString()).isEqualTo(issued.path("qid").asString());
        assertThat(own.path("qr")).isEqualTo(issued.path("qr"));
        assertThat(own.path("kid").asString()).isEqualTo(issued.path("kid").asString());
        assertThat(own.path("images")).isEqualTo(issued.path("images"));
        assertThat(own.has("holderToken")).isFalse();
    }

    @Test
    void anotherAppIsRefusedTheToken() throws Exception {
        String token = issued(appA, registered("Phạm Thị Hằng", 1926, Gender.FEMALE).body(null))
                .path("holderToken").asString();
        assertRefused(asHolder("GET", ME, appB, token), "invalid-holder-token");
        String scanner = tokenOfCertifiedApp(Scopes.SCAN_VENUE);
        assertRefused(asHolder("GET", ME, scanner, token), "invalid-holder-token");
    }

    @Test
    void unknownAndMalformedTokensAreRefusedAlike() throws Exception {
        HttpResponse<byte[]> unknown = asHolder("GET", ME, appA, SecretTokens.generate());
        HttpResponse<byte[]> malformed = asHolder("GET", ME, appA, "not-a-token");
        assertRefused(unknown, "invalid-holder-token");
        assertRefused(malformed, "invalid-holder-token");
        assertThat(json(unknown)).isEqualTo(json(malformed));
    }

    @Test
    void withoutAHolderTokenTheAppActsForNobody() throws Exception {
        assertRefused(asHolder("GET", ME, appA, null), "holder-token-required");
    }

    @Test
    void aHolderTokenIsNoUseWithoutTheAppsAccessToken() throws Exception {
        String token = issued(appA, registered("Đặng Văn Sơn", 1911, Gender.MALE).body(null)).path("holderToken").asString();
        HttpResponse<String> response = TestClients.send(port, "GET", ME, null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(asHolder("GET", ME, "not-an-access-token", token).statusCode()).isEqualTo(401);
    }

    @Test
    void eachIssuanceGivesAFreshTokenAndEarlierOnesKeepWorking() throws Exception {
        Person person = registered("Hoàng Văn Nam", 1913, Gender.MALE);
        String first = issued(appA, person.body(null)).path("holderToken").asString();
        String second = issued(appA, person.body(null)).path("holderToken").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(asHolder("GET", ME, appA, first).statusCode()).isEqualTo(200);
        assertThat(asHolder("GET", ME, appA, second).statusCode()).isEqualTo(200);
    }

    @Test
    void anAppRevokesATokenItHoldsAndOnlyThatOne() throws Exception {
        Person person = registered("Vũ Thị Thu", 1914, Gender.FEMALE);
        String revoked = issued(appA, person.body(null)).path("holderToken").asString();
        String kept = issued(appA, person.body(null)).path("holderToken").asString();

        assertThat(asHolder("DELETE", "/api/v1/holder-tokens/current", appA, revoked).statusCode()).isEqualTo(204);

        assertRefused(asHolder("GET", ME, appA, revoked), "invalid-holder-token");
        assertRefused(asHolder("DELETE", "/api/v1/holder-tokens/current", appA, revoked), "invalid-holder-token");
        assertThat(asHolder("GET", ME, appA, kept).statusCode()).isEqualTo(200);
    }

    @Test
    void anAppCannotRevokeAnotherAppsToken() throws Exception {
        String token = issued(appA, registered("Bùi Thị Lan", 1916, Gender.FEMALE).body(null)).path("holderToken").asString();
        assertRefused(asHolder("DELETE", "/api/v1/holder-tokens/current", appB, token), "invalid-holder-token");
        assertThat(asHolder("GET", ME, appA, token).statusCode()).isEqualTo(200);
    }

    @Test
    void anOperatorRevokesEveryTokenOfAPersonInEveryApp() throws Exception {
        Person person = registered("Ngô Thị Mai", 1917, Gender.FEMALE);
        JsonNode fromA = issued(appA, person.body(null));
        String tokenB = issued(appB, person.body(null)).path("holderToken").asString();
        String qid = fromA.path("qid").asString();
        String other = issued(appA, registered("Ngô Văn Lực", 1918, Gender.MALE).body(null)).path("holderToken").asString();

        HttpResponse<String> revoked = TestClients.send(port, "POST", "/api/v1/admin/citizens/" + qid
                + "/holder-tokens/revoke", TestClients.adminToken(port), null);

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(TestClients.json(revoked.body()).path("revoked").asInt()).isEqualTo(2);
        assertRefused(asHolder("GET", ME, appA, fromA.path("holderToken").asString()), "invalid-holder-token");
        assertRefused(asHolder("GET", ME, appB, tokenB), "invalid-holder-token");
        assertThat(asHolder("GET", ME, appA, other).statusCode()).isEqualTo(200);
        String renewed = issued(appA, person.body(null)).path("holderToken").asString();
        assertThat(asHolder("GET", ME, appA, renewed).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAnOperatorRevokesAPersonsTokens() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST", "/api/v1/admin/citizens/"
                + Qid.generate().value() + "/holder-tokens/revoke", appA, null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestClients.json(response.body()).path("type").asString()).isEqualTo(PROBLEMS + "insufficient-scope");
    }

    @Test
    void anOperatorsRevocationOfAMalformedQidIsA400NamingQid() throws Exception {
        HttpResponse<String> response = TestClients.send(port, "POST",
                "/api/v1/admin/citizens/not-a-qid/holder-tokens/revoke", TestClients.adminToken(port), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(TestClients.json(response.body()).path("errors").get(0).path("field").asString()).isEqualTo("qid");
    }

    private static void assertRefused(HttpResponse<byte[]> response, String problem) {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).path("type").asString()).isEqualTo(PROBLEMS + problem);
    }
}
