package vn.qrqg.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.identity.TestPeople;

/**
 * Levels computed from the platform's own data, as a citizen reads them on the public map: a
 * commune's week of cases per 100,000 of its registered people, its coverage against the criteria
 * in force, small counts shown as "&lt; 5", and a province's own criteria.
 */
class RiskLevelsIT extends RiskTestSupport {

    @Test
    void aCommunesWeekOfCasesPer100000MakesItsLevel() throws Exception {
        String commune = someCommuneOf("11");
        List<TestPeople.Person> cohort = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cohort.add(livingIn(commune, 1925));
        }
        recompute(today());
        JsonNode before = communesOf("11").get(commune);
        long population = registered(commune);
        assertThat(population).isBetween(8L, 1_000L); // so that one case is over 150 per 100,000
        assertThat(before.path("population").asLong()).isEqualTo(population);
        assertThat(before.path("casesPerWeek").asLong()).isZero();
        assertThat(before.path("computedLevel").asInt()).isBetween(1, 2);

        reportCase(cohort.get(0), daysAgo(1));
        reportCase(cohort.get(1), daysAgo(6));
        reportCase(cohort.get(2), daysAgo(7)); // sampled before the week: not counted
        recompute(today());
        JsonNode few = communesOf("11").get(commune);
        assertThat(few.path("casesPerWeek").asString()).as("2 cases").isEqualTo("< 5");
        assertThat(few.path("casesPer100k").asString()).as("and no rate that would tell them")
                .isEqualTo("< " + BigDecimal.valueOf(5 * 100_000.0 / population).setScale(1, RoundingMode.UP));
        assertThat(few.path("computedLevel").asInt()).isEqualTo(4);
        assertThat(few.path("level").asInt()).isEqualTo(4);
        assertThat(few.path("since").asString()).isEqualTo(today().toString());

        List<String> more = new ArrayList<>();
        for (int i = 3; i < 7; i++) {
            more.add(reportCase(cohort.get(i), daysAgo(2)));
        }
        recompute(today());
        JsonNode many = communesOf("11").get(commune);
        assertThat(many.path("casesPerWeek").asLong()).isEqualTo(6);
        assertThat(many.path("casesPer100k").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(6 * 100_000.0 / population).setScale(1, RoundingMode.HALF_UP));
        JsonNode wholeProvince = province("11");
        long provinceCases = wholeProvince.path("casesPerWeek").asLong();
        assertThat(provinceCases).as("rounded to 5: less its communes' counts, no commune's small count follows")
                .isGreaterThanOrEqualTo(5).matches(count -> count % 5 == 0);
        assertThat(wholeProvince.path("casesPer100k").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(
                provinceCases * 100_000.0 / wholeProvince.path("population").asLong()).setScale(1, RoundingMode.HALF_UP));
        assertThat(wholeProvince.path("population").asLong()).isGreaterThan(population);

        HttpResponse<String> withdrawn = TestClients.send(port, "DELETE", "/api/v1/tracing/cases/" + more.getFirst(),
                reporter(), null);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isIn(200, 204);
        recompute(today());
        assertThat(communesOf("11").get(commune).path("casesPerWeek").asLong()).as("a withdrawn case is no case")
                .isEqualTo(5);
    }

    @Test
    void coverageIsTheShareOfTheAgeGroupAgainstTheProvincesOwnCriteria() throws Exception {
        // measures of people aged 105 and over: in this commune, only the six registered here
        String criteria = """
                {"name": "Cao Bằng thử nghiệm", "casesPer100kPerWeek": [{"atLeast": 50}, {"atLeast": 150}, {"over": 600}],
                 "coverage": [{"name": "105+ đủ liều", "doses": "FULL", "minAge": 105, "targetPercent": 50},
                              {"name": "105+ một liều", "doses": "AT_LEAST_ONE", "minAge": 105, "targetPercent": 70}],
                 "levels": {"coverageMet": [1, 2, 3, 4], "coverageNotMet": [2, 3, 4, 4]},
                 "capacityNotMet": "NOT_LOWERED"}""";
        HttpResponse<String> uploaded = TestClients.send(port, "PUT", "/api/v1/admin/risk/criteria/04",
                adminToken(), criteria);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String version = json(uploaded.body()).path("id").asString();
        assertThat(version).startsWith("04-");

        String commune = someCommuneOf("04");
        int born = today().getYear() - 110;
        List<TestPeople.Person> eldest = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            eldest.add(livingIn(commune, born));
        }
        for (int i = 0; i < 3; i++) {
            vaccinated(eldest.get(i), today().minusDays(60), 1);
            vaccinated(eldest.get(i), today().minusDays(30), 2);
        }
        vaccinated(eldest.get(3), today().minusDays(10), 1);
        recompute(today());

        JsonNode notYet = communesOf("04").get(commune);
        assertThat(notYet.path("criteria").asString()).isEqualTo(version);
        JsonNode measures = notYet.path("coverage").path("measures");
        assertThat(measures.get(0).path("percent").decimalValue()).as("3 of 6").isEqualByComparingTo("50.0");
        assertThat(measures.get(0).path("met").asBoolean()).isTrue();
        assertThat(measures.get(1).path("percent").decimalValue()).as("4 of 6").isEqualByComparingTo("66.7");
        assertThat(measures.get(1).path("met").asBoolean()).isFalse();
        assertThat(notYet.path("coverage").path("met").asBoolean()).isFalse();
        assertThat(notYet.path("computedLevel").asInt()).as("no cases, coverage not met").isEqualTo(2);

        vaccinated(eldest.get(4), today(), 1);
        recompute(today());
        JsonNode met = communesOf("04").get(commune);
        assertThat(met.path("coverage").path("measures").get(1).path("percent").decimalValue()).as("5 of 6")
                .isEqualByComparingTo("83.3");
        assertThat(met.path("coverage").path("met").asBoolean()).isTrue();
        assertThat(met.path("computedLevel").asInt()).isEqualTo(1);
        JsonNode levels = json(get(LEVELS + "?scope=commune&provinceCode=04").body());
        assertThat(levels.path("criteria").path("id").asString()).isEqualTo(version);
        assertThat(levels.path("criteria").path("coverage").get(0).path("minAge").asInt()).isEqualTo(105);
    }

    @Test
    void everyCommuneAndProvinceIsListedAndNoneIsLeftOut() throws Exception {
        recompute(today());
        JsonNode communes = json(get(LEVELS + "?scope=commune").body());
        assertThat(communes.path("items").size()).isEqualTo(3_321);
        assertThat(communes.path("assessedOn").asString()).isEqualTo(today().toString());
        JsonNode provinces = json(get(LEVELS).body());
        assertThat(provinces.path("items").size()).isEqualTo(34);
        assertThat(provinces.path("criteria").path("id").asString()).isEqualTo("VN-2");
        assertThat(provinces.path("items").valueStream().map(i -> i.path("computedLevel").asInt()))
                .allSatisfy(level -> assertThat(level).isBetween(1, 4));
    }
}
