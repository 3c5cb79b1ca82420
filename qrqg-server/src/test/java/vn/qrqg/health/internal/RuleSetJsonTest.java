package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.TestResult;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest.FieldError;

class RuleSetJsonTest {

    @Test
    void readsAnOrderedListOfRulesWithTheirConditions() {
        RuleSetJson.Upload upload = RuleSetJson.upload(json("""
                {"effectiveFrom": "2021-10-01T00:00:00+07:00", "rules": [
                  {"colour": "GREEN", "label": "two doses", "conditions": [{"type": "VACCINATED", "doses": 2, "days": 14}]},
                  {"colour": "YELLOW", "conditions": [{"type": "TESTED", "result": "NEGATIVE", "withinHours": 72}]},
                  {"colour": "RED", "conditions": []}]}"""));
        assertThat(upload.effectiveFrom()).isEqualTo(Instant.parse("2021-09-30T17:00:00Z"));
        assertThat(upload.ruleSet().mode()).isEqualTo(RuleSet.Mode.RULES);
        assertThat(upload.ruleSet().rules()).containsExactly(
                new Rule(CardColour.GREEN, "two doses", java.util.List.of(new Condition.Vaccinated(2, 14))),
                new Rule(CardColour.YELLOW, null, java.util.List.of(new Condition.Tested(null, TestResult.NEGATIVE, 72))),
                new Rule(CardColour.RED, null, java.util.List.of()));
    }

    @Test
    void writesTheRulesBackAsTheyAreRead() {
        JsonNode rules = json("""
                [{"colour":"RED","label":"F1 contact","labelVi":"F1 trong 7 ngày",
                  "conditions":[{"type":"EXPOSED","level":"F1","withinDays":7}]},
                 {"colour":"GREEN","label":"recovered","conditions":[{"type":"RECOVERED","withinDays":180}]},
                 {"colour":"YELLOW","conditions":[{"type":"TESTED","testType":"PCR","result":"NEGATIVE","withinHours":72},
                                                  {"type":"VACCINATED","doses":1,"days":0}]}]""");
        RuleSet read = RuleSetJson.stored(RuleSet.Mode.RULES, rules);
        JsonNode written = HealthJson.MAPPER.valueToTree(RuleSetJson.json(read.rules()));
        assertThat(written).isEqualTo(rules);
    }

    @Test
    void namesEveryBadPartByItsJsonPath() {
        assertThatThrownBy(() -> RuleSetJson.upload(json("""
                {"effectiveFrom": "tomorrow", "rules": [
                  {"colour": "GREEN", "conditions": [{"type": "VACCINATED", "doses": 2, "days": 14}]},
                  {"colour": "BLUE", "conditions": []},
                  {"colour": "YELLOW", "conditions": [{"type": "VACCINATED", "doses": 1, "days": -1},
                                                      {"type": "TESTED", "result": "NEGATIVE"},
                                                      {"type": "VACCINATED", "doses": 1, "day": 14},
                                                      {"type": "ISOLATED"}]},
                  {"colour": "NEUTRAL", "conditions": []}]}""")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("effectiveFrom", "rules[1].colour",
                                "rules[2].conditions[0].days", "rules[2].conditions[1].withinHours",
                                "rules[2].conditions[2].day", "rules[2].conditions[3].type", "rules[3].colour"));
    }

    @Test
    void readsAnExposureWhoseLevelIsF1UnlessItSaysF2() {
        RuleSetJson.Upload upload = RuleSetJson.upload(json("""
                {"rules": [
                  {"colour": "RED", "label": "F1 contact", "conditions": [{"type": "EXPOSED", "withinDays": 7}]},
                  {"colour": "YELLOW", "conditions": [{"type": "EXPOSED", "level": "F2", "withinDays": 14}]},
                  {"colour": "GREEN", "conditions": []}]}"""));
        assertThat(upload.ruleSet().rules()).extracting(Rule::conditions).containsExactly(
                java.util.List.of(new Condition.Exposed(ExposureHistory.Level.F1, 7)),
                java.util.List.of(new Condition.Exposed(ExposureHistory.Level.F2, 14)), java.util.List.of());
    }

    @Test
    void namesEveryBadPartOfAnExposure() {
        assertThatThrownBy(() -> RuleSetJson.upload(json("""
                {"rules": [{"colour": "RED", "conditions": [
                  {"type": "EXPOSED", "level": "F1", "withinDay": 7},
                  {"type": "EXPOSED", "level": "F0", "withinDays": 7},
                  {"type": "EXPOSED", "withinDays": 3651},
                  {"type": "EXPOSURE", "withinDays": 7}]}]}""")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                            "rules[0].conditions[0].withinDay", "rules[0].conditions[0].withinDays",
                            "rules[0].conditions[1].level", "rules[0].conditions[2].withinDays",
                            "rules[0].conditions[3].type");
                    assertThat(e.errors().get(0).message()).contains("is not a member here; expected level, type, withinDays");
                    assertThat(e.errors().get(2).message()).isEqualTo("must be one of F1, F2");
                    assertThat(e.errors().get(4).message()).isEqualTo("must be VACCINATED, RECOVERED, TESTED, EXPOSED or AGE_UNDER");
                });
    }

    @Test
    void marksAProvinceWithoutRulesOrBackOnTheDefaultWithoutRulesOfItsOwn() {
        assertThat(RuleSetJson.upload(json("{\"mode\":\"NONE\"}")).ruleSet()).isEqualTo(RuleSet.NONE);
        assertThat(RuleSetJson.upload(json("{\"mode\":\"NATIONAL_DEFAULT\"}")).ruleSet()).isEqualTo(RuleSet.NATIONAL_DEFAULT);
        assertThatThrownBy(() -> RuleSetJson.upload(json("{\"mode\":\"NONE\",\"rules\":[]}")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("rules"));
        assertThatThrownBy(() -> RuleSetJson.upload(json("{\"rules\":[]}")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("rules"));
        assertThatThrownBy(() -> RuleSetJson.upload(json("{\"mode\":\"SOME\"}")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("mode"));
        assertThatThrownBy(() -> RuleSetJson.upload(json("[]")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void readsAnAgeAndWritesItBack() {
        RuleSetJson.Upload upload = RuleSetJson.upload(json("""
                {"rules": [{"colour": "GREEN", "label": "child", "conditions": [{"type": "AGE_UNDER", "years": 12}]},
                  {"colour": "RED", "conditions": []}]}"""));
        assertThat(upload.ruleSet().rules().getFirst().conditions()).containsExactly(new Condition.AgeUnder(12));
        assertThat(RuleSetJson.json(upload.ruleSet().rules()).getFirst().get("conditions"))
                .isEqualTo(java.util.List.of(java.util.Map.of("type", "AGE_UNDER", "years", 12)));
    }

    @Test
    void namesEveryBadPartOfAnAge() {
        assertThatThrownBy(() -> RuleSetJson.upload(json("""
                {"rules": [{"colour": "GREEN", "conditions": [
                  {"type": "AGE_UNDER"},
                  {"type": "AGE_UNDER", "years": 0},
                  {"type": "AGE_UNDER", "years": 12, "months": 6}]}]}""")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                            "rules[0].conditions[0].years", "rules[0].conditions[1].years",
                            "rules[0].conditions[2].months");
                    assertThat(e.errors().get(1).message()).contains("from 1 to 120");
                });
    }

    @Test
    void theShippedNationalDefaultIsKhanhHoasFiveRulesAndChildrenUnder12() {
        assertThat(HealthConfiguration.nationalDefault().rules()).extracting(Rule::colour).containsExactly(
                CardColour.GREEN, CardColour.GREEN, CardColour.GREEN, CardColour.YELLOW, CardColour.YELLOW, CardColour.RED);
        assertThat(HealthConfiguration.nationalDefault().rules().get(2).conditions())
                .containsExactly(new Condition.AgeUnder(12));
    }

    private static JsonNode json(String text) {
        return HealthJson.MAPPER.readTree(text);
    }
}
