package vn.qrqg.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped criteria at every edge: case bands, coverage, treatment capacity. */
class CriteriaTest {
    private static final Criteria DECISION_4800 = CriteriaVersions.shipped(CriteriaVersions.SHIPPED.get(0)).criteria();
    private static final Criteria DECISION_218 = CriteriaVersions.shipped(CriteriaVersions.SHIPPED.get(1)).criteria();
    /** 100,000 people: cases are cases per 100,000. */
    private static final long PEOPLE = 100_000;

    @ParameterizedTest(name = "{0} cases per 100,000 a week: band {1} under Decision 4800")
    @CsvSource({"0, 1", "19, 1", "20, 2", "49, 2", "50, 3", "149, 3", "150, 4", "10000, 4"})
    void decision4800sBandsBeginAtTheirThresholds(long cases, int band) {
        assertThat(DECISION_4800.band(cases, PEOPLE)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} cases per 100,000 a week: band {1} under Decision 218")
    @CsvSource({"0, 1", "49, 1", "50, 2", "149, 2", "150, 3", "600, 3", "601, 4"})
    void decision218sTopBandBeginsAbove600(long cases, int band) {
        assertThat(DECISION_218.band(cases, PEOPLE)).isEqualTo(band);
    }

    @Test
    void bandsCompareRatesExactlyWhateverThePopulation() {
        // 20 per 100,000 is 3 cases among 15,000 people, and not 2.99
        assertThat(DECISION_4800.band(3, 15_000)).isEqualTo(2);
        assertThat(DECISION_4800.band(2, 15_000)).isEqualTo(1);
    }

    @ParameterizedTest(name = "band {0}: level {1} with coverage met, {2} without")
    @CsvSource({"0, 1, 2", "20, 2, 3", "50, 3, 4", "150, 4, 4"})
    void coverageNotMetRaisesTheLevelByOneUpTo4(long cases, int met, int notMet) {
        assertThat(DECISION_4800.level(cases, PEOPLE, true, null, null)).isEqualTo(met);
        assertThat(DECISION_4800.level(cases, PEOPLE, false, null, null)).isEqualTo(notMet);
    }

    @Test
    void coverageMeasuresAreMetAtTheirTarget() {
        Criteria.Measure adults = DECISION_4800.coverage().get(0);
        assertThat(adults.metBy(70, 100)).isTrue();
        assertThat(adults.metBy(69, 100)).isFalse();
        assertThat(adults.metBy(6_999_999, 10_000_000)).isFalse();
        Criteria.Measure highRisk = DECISION_218.coverage().get(1);
        assertThat(highRisk.minAge()).isEqualTo(50);
        assertThat(highRisk.metBy(90, 100)).isTrue();
        assertThat(highRisk.metBy(89, 100)).isFalse();
        assertThat(highRisk.metBy(0, 0)).as("no one to cover").isTrue();
    }

    @Test
    void aLocalityFailingTreatmentCapacityIsNotLowered() {
        assertThat(DECISION_4800.level(0, PEOPLE, true, false, 3)).isEqualTo(3);
        assertThat(DECISION_4800.level(0, PEOPLE, true, true, 3)).as("capacity met: lowered").isEqualTo(1);
        assertThat(DECISION_4800.level(0, PEOPLE, true, null, 3)).as("not said: lowered").isEqualTo(1);
        assertThat(DECISION_4800.level(150, PEOPLE, true, false, 2)).as("raised as ever").isEqualTo(4);
        assertThat(DECISION_4800.level(0, PEOPLE, true, false, null)).as("nothing to keep").isEqualTo(1);
    }

    @Test
    void noPopulationNoLevel() {
        assertThat(DECISION_218.level(3, 0, true, null, null)).isNull();
    }

    @Test
    void criteriaMayRaiseALevelForFailedCapacity() {
        Criteria raised = new Criteria("raised", DECISION_218.casesPer100kPerWeek(), DECISION_218.coverage(),
                DECISION_218.levels(), Criteria.CapacityRule.RAISED);
        assertThat(raised.level(0, PEOPLE, true, false, null)).isEqualTo(2);
        assertThat(raised.level(601, PEOPLE, true, false, null)).isEqualTo(4);
    }
}
