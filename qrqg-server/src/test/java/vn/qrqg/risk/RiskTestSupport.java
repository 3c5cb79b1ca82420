package vn.qrqg.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.IdentityTestSupport;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.platform.database.OnceOnlySeeding;

/**
 * What the risk map's integration tests share: people registered in a commune, their cases and
 * vaccinations pushed as the health systems do, a day assessed at once, and the public levels read
 * without login. The synthetic population is seeded first, so that the counts stay still.
 */
public abstract class RiskTestSupport extends IdentityTestSupport {
    protected static final String LEVELS = "/api/v1/risk/levels";
    protected static final String RECOMPUTE = "/api/v1/admin/risk/recompute";

    @Autowired
    protected AdministrativeAreas areas;

    @Autowired
    private List<OnceOnlySeeding> seedings;

    private String reporter;
    private String pusher;

    @BeforeEach
    void seedingDone() throws Exception {
        for (OnceOnlySeeding seeding : seedings) {
            seeding.completion().get(10, TimeUnit.MINUTES);
        }
    }

    protected static LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }

    /** Noon, Vietnam time, {@code days} ago. */
    protected static Instant daysAgo(int days) {
        return today().minusDays(days).atTime(LocalTime.NOON).atZone(VietnamTime.ZONE).toInstant();
    }

    /** A commune of the province, at random, so that tests sharing a database do not share communes. */
    protected String someCommuneOf(String provinceCode) {
        List<AdministrativeAreas.Commune> communes = areas.communesOf(provinceCode);
        return communes.get(Math.floorMod(UUID.randomUUID().hashCode(), communes.size())).code();
    }

    /** Someone whose permanent address the registry holds in the commune. */
    protected TestPeople.Person livingIn(String communeCode, int year) {
        return TestPeople.registered(registryImport, "Lê Thị Nguy", year, Gender.FEMALE, ",commune_code", "," + communeCode);
    }

    /** A confirmed case of the person, sampled then, as a health authority reports it; its caseId. */
    protected String reportCase(TestPeople.Person person, Instant sampledAt) throws Exception {
        String body = "{\"items\":[{\"sourceId\":\"risk-" + UUID.randomUUID() + "\",\"documentNumber\":\""
                + person.documentNumber() + "\",\"sampledAt\":\"" + sampledAt + "\",\"confirmedAt\":\""
                + Instant.now() + "\"}]}";
        HttpResponse<String> answer = TestClients.send(port, "POST", "/api/v1/tracing/cases", reporter(), body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode item = json(answer.body()).path("items").get(0);
        assertThat(item.path("status").asString()).as(answer.body()).isEqualTo("CREATED");
        return item.path("caseId").asString();
    }

    /** The reporting health authority's token (scope tracing:write). */
    protected String reporter() throws Exception {
        if (reporter == null) {
            reporter = TestClients.certifiedApp(port, Scopes.TRACING_WRITE).token(port, Scopes.TRACING_WRITE);
        }
        return reporter;
    }

    /** A dose of Comirnaty on that day, pushed by a health system. */
    protected void vaccinated(TestPeople.Person person, LocalDate day, int dose) throws Exception {
        if (pusher == null) {
            pusher = TestClients.certifiedApp(port, Scopes.HEALTH_WRITE).token(port, Scopes.HEALTH_WRITE);
        }
        HttpResponse<String> answer = TestClients.send(port, "POST", "/api/v1/health/vaccinations", pusher,
                "{\"sourceId\":\"" + UUID.randomUUID() + "\",\"documentNumber\":\"" + person.documentNumber()
                        + "\",\"date\":\"" + day + "\",\"doseNumber\":" + dose + ",\"product\":\"EU/1/20/1528\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** Assesses the day at once, as an operator does. */
    protected JsonNode recompute(LocalDate day) throws Exception {
        HttpResponse<String> answer = TestClients.send(port, "POST", RECOMPUTE + "?date=" + day, adminToken(), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    /** The public levels of the province's communes today, by commune code: no login. */
    protected Map<String, JsonNode> communesOf(String provinceCode) throws Exception {
        HttpResponse<String> answer = get(LEVELS + "?scope=commune&provinceCode=" + provinceCode);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, JsonNode> byCode = new java.util.HashMap<>();
        json(answer.body()).path("items").forEach(item -> byCode.put(item.path("code").asString(), item));
        return byCode;
    }

    /** The province's public level item today. */
    protected JsonNode province(String provinceCode) throws Exception {
        HttpResponse<String> answer = get(LEVELS + "?provinceCode=" + provinceCode);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body()).path("items").get(0);
    }

    /** How many people the registry holds in the commune: the population a level divides by. */
    protected long registered(String communeCode) {
        return asOwner().sql("select count(*) from identity_person where commune_code = :commune")
                .param("commune", communeCode).query(Long.class).single();
    }
}
