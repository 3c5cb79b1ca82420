package vn.qrqg.risk.internal;

import java.util.List;

/**
 * How cases, coverage and treatment capacity make a level (docs/risk.md, "Criteria"): one version
 * of the Ministry of Health's guidance, as data.
 *
 * @param casesPer100kPerWeek the three thresholds between the four case bands, lowest first: a
 *        band is one plus the number of thresholds the week's cases per 100,000 people reach
 * @param coverage the measures that must all be met for {@code levels.coverageMet} to apply
 */
record Criteria(String name, List<Threshold> casesPer100kPerWeek, List<Measure> coverage, Levels levels,
        CapacityRule capacityNotMet) {

    static final int BANDS = 4;

    Criteria {
        casesPer100kPerWeek = List.copyOf(casesPer100kPerWeek);
        coverage = List.copyOf(coverage);
        if (casesPer100kPerWeek.size() != BANDS - 1) {
            throw new IllegalArgumentException("three thresholds make four bands");
        }
    }

    /** A threshold reached at {@code value} ({@code over}: only above it). */
    record Threshold(double value, boolean over) {

        boolean reachedBy(long cases, long population) {
            double scaled = value * population; // cases * 100,000 / population against value, without division
            double weighted = cases * 100_000.0;
            return over ? weighted > scaled : weighted >= scaled;
        }
    }

    /** Whose doses count: at least one, or the complete primary series. */
    enum Doses { AT_LEAST_ONE, FULL }

    /** A share of the people aged {@code minAge} and over (by year of birth) with {@code doses}, to reach {@code targetPercent}. */
    record Measure(String name, Doses doses, int minAge, double targetPercent) {

        /** Met when the share reaches the target; with no one to count, there is no one left to cover. */
        boolean metBy(long vaccinated, long people) {
            return people == 0 || vaccinated * 100.0 >= targetPercent * people;
        }
    }

    /** The level of each case band (1 to 4), with coverage met and not. */
    record Levels(List<Integer> coverageMet, List<Integer> coverageNotMet) {

        Levels {
            coverageMet = List.copyOf(coverageMet);
            coverageNotMet = List.copyOf(coverageNotMet);
            if (coverageMet.size() != BANDS || coverageNotMet.size() != BANDS) {
                throw new IllegalArgumentException("a level for each of the four bands");
            }
        }
    }

    /** What failing treatment capacity does to the level. */
    enum CapacityRule {
        /** It stays at least where the previous assessment was. */
        NOT_LOWERED,
        /** It is one higher, at most 4. */
        RAISED
    }

    /** The case band, 1 to 4, of a week's {@code cases} among {@code population} people (more than none). */
    int band(long cases, long population) {
        int band = 1;
        for (Threshold threshold : casesPer100kPerWeek) {
            if (threshold.reachedBy(cases, population)) {
                band++;
            }
        }
        return band;
    }

    /**
     * The level of a locality; null without population.
     *
     * @param coverageMet whether every measure is met ({@link Measure#metBy})
     * @param capacityMet false when its province's officials said treatment capacity fails; null: not said
     * @param previous the level of its previous assessment, null for none
     */
    Integer level(long cases, long population, boolean coverageMet, Boolean capacityMet, Integer previous) {
        if (population <= 0) {
            return null;
        }
        int band = band(cases, population);
        int level = (coverageMet ? levels.coverageMet() : levels.coverageNotMet()).get(band - 1);
        if (Boolean.FALSE.equals(capacityMet)) {
            level = switch (capacityNotMet) {
                case NOT_LOWERED -> previous == null ? level : Math.max(level, previous);
                case RAISED -> Math.min(4, level + 1);
            };
        }
        return level;
    }
}
