package vn.qrqg.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople;

/**
 * A province's officials (scope risk:write) as they work: declare a commune's level by decision
 * and see it on the public map at once, lift it, say treatment capacity fails so that a level is
 * not lowered; only for their own province, each action audited.
 */
class ProvinceOfficialsIT extends RiskTestSupport {
    private static final String LAI_CHAU = "12";
    private static final String DECLARATIONS = "/api/v1/risk/declarations";

    private String officials;

    @BeforeEach
    void laiChausOfficials() throws Exception {
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.RISK_WRITE);
        limit(app, "[\"" + LAI_CHAU + "\"]");
        officials = app.token(port, Scopes.RISK_WRITE);
    }

    @Test
    void aDeclaredLevelShowsOnThePublicMapAtOnceWithItsDecision() throws Exception {
        String commune = someCommuneOf(LAI_CHAU);
        recompute(today());
        int computed = communesOf(LAI_CHAU).get(commune).path("computedLevel").asInt();
        int declared = computed == 3 ? 4 : 3;

        HttpResponse<String> answer = TestClients.send(port, "POST", DECLARATIONS, officials,
                "{\"communeCode\":\"" + commune + "\",\"level\":" + declared + ",\"reason\":\"Ổ dịch tại chợ\","
                        + "\"decisionNumber\":\"123/QĐ-UBND\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(json(answer.body()).path("effectiveFrom").asString()).isEqualTo(today().toString());

        JsonNode item = communesOf(LAI_CHAU).get(commune);
        assertThat(item.path("level").asInt()).as("what applies").isEqualTo(declared);
        assertThat(item.path("declaredLevel").asInt()).isEqualTo(declared);
        assertThat(item.path("computedLevel").asInt()).as("shown beside it").isEqualTo(computed);
        assertThat(item.path("declared").path("decisionNumber").asString()).isEqualTo("123/QĐ-UBND");
        assertThat(item.path("declared").path("reason").asString()).isEqualTo("Ổ dịch tại chợ");
        assertThat(item.path("since").asString()).isEqualTo(today().toString());
        JsonNode list = json(TestClients.send(port, "GET", DECLARATIONS, officials, null).body());
        assertThat(list.path("items").valueStream().map(i -> i.path("communeCode").asString())).contains(commune);

        HttpResponse<String> lifted = TestClients.send(port, "DELETE", DECLARATIONS + "/" + commune, officials, null);
        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        JsonNode after = communesOf(LAI_CHAU).get(commune);
        assertThat(after.path("level").asInt()).isEqualTo(computed);
        assertThat(after.has("declaredLevel")).isFalse();

        List<String> audited = actions(commune);
        assertThat(audited).contains("RiskLevelDeclared");
    }

    @Test
    void aCommuneFailingTreatmentCapacityIsNotLowered() throws Exception {
        String commune = someCommuneOf(LAI_CHAU);
        TestPeople.Person sick = livingIn(commune, 1926);
        String caseId = reportCase(sick, daysAgo(2));
        recompute(today().minusDays(1));
        recompute(today());
        assertThat(communesOf(LAI_CHAU).get(commune).path("computedLevel").asInt()).isEqualTo(4);

        HttpResponse<String> withdrawn = TestClients.send(port, "DELETE", "/api/v1/tracing/cases/" + caseId, reporter(), null);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isIn(200, 204);
        HttpResponse<String> fails = TestClients.send(port, "PUT", "/api/v1/risk/provinces/" + LAI_CHAU + "/capacity",
                officials, "{\"met\":false,\"note\":\"Hết giường hồi sức\"}");
        assertThat(fails.statusCode()).as(fails.body()).isEqualTo(200);
        recompute(today());
        JsonNode kept = communesOf(LAI_CHAU).get(commune);
        assertThat(kept.path("casesPerWeek").asLong()).isZero();
        assertThat(kept.path("capacityMet").asBoolean(true)).isFalse();
        assertThat(kept.path("computedLevel").asInt()).as("yesterday's level, not lowered").isEqualTo(4);

        HttpResponse<String> meets = TestClients.send(port, "PUT", "/api/v1/risk/provinces/" + LAI_CHAU + "/capacity",
                officials, "{\"met\":true}");
        assertThat(meets.statusCode()).as(meets.body()).isEqualTo(200);
        JsonNode lowered = communesOf(LAI_CHAU).get(commune);
        assertThat(lowered.path("computedLevel").asInt()).as("at once, without a recompute").isBetween(1, 2);
        assertThat(actions(LAI_CHAU)).contains("TreatmentCapacityEntered");
    }

    @Test
    void officialsActForTheirOwnProvinceOnly() throws Exception {
        String hanoi = someCommuneOf("01");
        HttpResponse<String> declare = TestClients.send(port, "POST", DECLARATIONS, officials,
                "{\"communeCode\":\"" + hanoi + "\",\"level\":4,\"reason\":\"x\",\"decisionNumber\":\"1/QĐ\"}");
        assertThat(declare.statusCode()).as(declare.body()).isEqualTo(403);
        assertThat(json(declare.body()).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-your-province");
        HttpResponse<String> capacity = TestClients.send(port, "PUT", "/api/v1/risk/provinces/01/capacity", officials,
                "{\"met\":false}");
        assertThat(capacity.statusCode()).isEqualTo(403);
        assertThat(communesOf("01").get(hanoi).has("declaredLevel")).isFalse();

        String venueApp = TestClients.certifiedApp(port, Scopes.SCAN_VENUE).token(port, Scopes.SCAN_VENUE);
        assertThat(TestClients.send(port, "POST", DECLARATIONS, venueApp, "{}").statusCode()).isEqualTo(403);
        assertThat(TestClients.send(port, "POST", DECLARATIONS, null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void aDeclarationNamesEveryFieldItCannotTake() throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", DECLARATIONS, officials,
                "{\"communeCode\":\"99999\",\"level\":5,\"effectiveFrom\":\"2020-01-01\",\"colour\":\"red\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(json(answer.body()).path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("colour", "communeCode", "level", "reason", "decisionNumber");
        String commune = someCommuneOf(LAI_CHAU);
        HttpResponse<String> past = TestClients.send(port, "POST", DECLARATIONS, officials, "{\"communeCode\":\""
                + commune + "\",\"level\":2,\"reason\":\"x\",\"decisionNumber\":\"2/QĐ\",\"effectiveFrom\":\"2020-01-01\"}");
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(past.body()).contains("effectiveFrom");
        HttpResponse<String> noMet = TestClients.send(port, "PUT", "/api/v1/risk/provinces/" + LAI_CHAU + "/capacity",
                officials, "{\"met\":\"yes\"}");
        assertThat(noMet.statusCode()).isEqualTo(400);
        assertThat(noMet.body()).contains("\"met\"");
    }

    private void limit(TestClients.CertifiedApp app, String provinces) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "PUT", "/api/v1/admin/apps/" + app.appId() + "/provinces",
                adminToken(), "{\"provinces\":" + provinces + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** The admin actions on {@code subject}, newest first, once the audit wrote them (it does so after the commit). */
    private List<String> actions(String subject) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> found = List.of();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            HttpResponse<String> page = TestClients.send(port, "GET", "/api/v1/admin/actions?size=100", adminToken(), null);
            found = json(page.body()).path("items").valueStream()
                    .filter(item -> item.path("subjects").valueStream().anyMatch(id -> id.asString().equals(subject)))
                    .map(item -> item.path("action").asString()).toList();
            Thread.sleep(50);
        }
        return found;
    }
}
