package vn.qrqg.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest;

/** Criteria as an operator uploads them: read back as written, and every mistake named by its path. */
class CriteriaJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theShippedCriteriaReadBackAsTheyAreWritten() {
        CriteriaJson.Upload shipped = CriteriaVersions.shipped(CriteriaVersions.SHIPPED.get(1));
        assertThat(shipped.effectiveFrom()).isEqualTo(LocalDate.of(2022, 1, 27));
        JsonNode written = JSON.valueToTree(CriteriaJson.json(shipped.criteria()));
        assertThat(CriteriaJson.read(written).criteria()).isEqualTo(shipped.criteria());
        assertThat(written.path("casesPer100kPerWeek").get(2).path("over").asInt()).isEqualTo(600);
    }

    @Test
    void namesEveryMistakeByItsPath() {
        JsonNode body = JSON.readTree("""
                {"name": "", "effectiveFrom": "27/01/2022", "casesPer100kPerWeek": [{"atLeast": 50}, {"atLeast": 40},
                 {"atLeast": 1, "over": 2}], "coverage": [{"name": "x", "doses": "TWO", "minAge": 200,
                 "targetPercent": 101}], "levels": {"coverageMet": [1, 2, 3], "coverageNotMet": [4, 3, 2, 1]},
                 "capacityNotMet": "LOWERED", "colour": "red"}""");
        assertThatThrownBy(() -> CriteriaJson.read(body)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.errors()).extracting(InvalidRequest.FieldError::field).containsExactlyInAnyOrder(
                        "colour", "name", "effectiveFrom", "casesPer100kPerWeek[1]", "casesPer100kPerWeek[2]",
                        "coverage[0].doses", "coverage[0].minAge", "coverage[0].targetPercent",
                        "levels.coverageMet", "levels.coverageNotMet", "capacityNotMet"));
    }

    @Test
    void aBodyThatIsNoObjectIsRefused() {
        assertThatThrownBy(() -> CriteriaJson.read(JSON.readTree("[1, 2]")))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.errors().getFirst().message()).contains("JSON object of criteria"));
    }
}
