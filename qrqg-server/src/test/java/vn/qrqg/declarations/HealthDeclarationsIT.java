package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;

/** {@code POST /api/v1/declarations/health} over real HTTP, by the person's app with their holder token. */
class HealthDeclarationsIT extends DeclarationsTestSupport {
    private static final String DECLARATION = """
            {"symptoms":["FEVER","LOSS_OF_TASTE_OR_SMELL"],"contactWithConfirmedCase":true,
             "contactDetails":"a colleague who tested positive on Monday",
             "placesVisited":[{"provinceCode":"79","communeCode":"26743","description":"Chợ Bến Thành"},
                              {"provinceCode":"01"}]}""";

    @Test
    void thePersonsAppDeclaresAndGetsBackWhatWasKept() throws Exception {
        Holder holder = holder("Nguyễn Văn Khai", 1921, Gender.MALE);
        HttpResponse<String> response = as(holder, "POST", HEALTH, DECLARATION);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("no-store"));
        JsonNode kept = TestClients.json(response.body());
        assertThat(kept.path("kind").asString()).isEqualTo("HEALTH");
        assertThat(kept.path("qid").asString()).isEqualTo(holder.qid());
        assertThat(kept.path("declaredBy").asString()).isEqualTo("HOLDER_APP");
        assertThat(kept.path("id").asString()).hasSize(36);
        assertThat(kept.path("declaredAt").asString()).endsWith("Z");
        assertThat(kept.path("symptoms").toString()).isEqualTo("[\"FEVER\",\"LOSS_OF_TASTE_OR_SMELL\"]");
        assertThat(kept.path("contactWithConfirmedCase").asBoolean()).isTrue();
        assertThat(kept.path("placesVisited").get(0).path("description").asString()).isEqualTo("Chợ Bến Thành");
        assertThat(kept.path("placesVisited").get(1).path("communeCode").isNull()).isTrue();

        JsonNode mine = TestClients.json(as(holder, "GET", MINE, null).body());
        assertThat(mine.path("total").asLong()).isEqualTo(1);
        assertThat(mine.path("items").get(0)).isEqualTo(kept);
        assertThat(jdbc.sql("select client_id from declarations_health where qid = :q").param("q", holder.qid())
                .query(String.class).single()).startsWith("app-");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() throws Exception {
        Holder holder = holder("Trần Thị Yến", 1922, Gender.FEMALE);
        HttpResponse<String> response = as(holder, "POST", HEALTH, """
                {"symptoms":["FEVER","HEADACHE"],"contactDetails":"x",
                 "placesVisited":[{"provinceCode":"01","communeCode":"26743"}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = TestClients.json(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(errorFields(problem))
                .containsExactly("symptoms[1]", "contactWithConfirmedCase", "placesVisited[0].communeCode");
        assertThat(jdbc.sql("select count(*) from declarations_health where qid = :q").param("q", holder.qid())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws Exception {
        Holder holder = holder("Lê Văn Tú", 1923, Gender.MALE);
        HttpResponse<String> response = as(holder, "POST", HEALTH,
                "{\"symptoms\":[],\"contactWithConfirmedCase\":\"maybe\",\"placesVisited\":[]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("contactWithConfirmedCase").doesNotContain("maybe");
    }

    @Test
    void anotherAppCannotDeclareWithTheHoldersToken() throws Exception {
        Holder holder = holder("Phạm Thị Nga", 1924, Gender.FEMALE);
        String otherApp = tokenOfCertifiedApp(Scopes.QR_ISSUE);
        HttpResponse<String> response = call(otherApp, holder.holderToken(), "POST", HEALTH, DECLARATION);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestClients.json(response.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/invalid-holder-token");
        assertThat(call(otherApp, holder.holderToken(), "GET", MINE, null).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from declarations_health where qid = :q").param("q", holder.qid())
                .query(Long.class).single()).isZero();
    }

    @Test
    void noHolderTokenNoDeclarationEvenWithABadBody() throws Exception {
        Holder holder = holder("Vũ Văn Hải", 1925, Gender.MALE);
        HttpResponse<String> response = call(holder.appToken(), null, "POST", HEALTH, "{\"symptoms\":\"not a list\"}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestClients.json(response.body()).path("type").asString())
                .isEqualTo("https://qrqg.vn/problems/holder-token-required");
        assertThat(call(holder.appToken(), null, "GET", MINE, null).statusCode()).isEqualTo(403);
    }

    @Test
    void noAccessTokenIs401() throws Exception {
        assertThat(TestClients.send(port, "POST", HEALTH, null, DECLARATION).statusCode()).isEqualTo(401);
    }
}
