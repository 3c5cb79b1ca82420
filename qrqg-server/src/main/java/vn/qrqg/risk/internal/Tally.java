package vn.qrqg.risk.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one locality counts for its assessment: the week's cases, and its people and their
 * vaccinations by year of birth, from which any coverage measure's share follows. Not thread-safe.
 */
final class Tally {
    private static final int PEOPLE = 0;
    private static final int ONE_DOSE = 1;
    private static final int FULL = 2;

    private final Map<Integer, long[]> byBirthYear = new HashMap<>();
    private long cases;

    void addPeople(int birthYear, long people) {
        year(birthYear)[PEOPLE] += people;
    }

    void addVaccinated(int birthYear, long atLeastOneDose, long completed) {
        long[] year = year(birthYear);
        year[ONE_DOSE] += atLeastOneDose;
        year[FULL] += completed;
    }

    void addCases(long more) {
        cases += more;
    }

    /** Adds everything {@code other} counts: a province is the sum of its communes. */
    void add(Tally other) {
        cases += other.cases;
        other.byBirthYear.forEach((birthYear, counts) -> {
            long[] year = year(birthYear);
            for (int i = 0; i < counts.length; i++) {
                year[i] += counts[i];
            }
        });
    }

    long cases() {
        return cases;
    }

    long population() {
        return byBirthYear.values().stream().mapToLong(year -> year[PEOPLE]).sum();
    }

    /** What each measure finds among the people born by {@code currentYear - minAge}. */
    List<LevelRepository.MeasureResult> coverage(List<Criteria.Measure> measures, int currentYear) {
        return measures.stream().map(measure -> {
            long people = 0;
            long vaccinated = 0;
            for (Map.Entry<Integer, long[]> year : byBirthYear.entrySet()) {
                if (year.getKey() <= currentYear - measure.minAge()) {
                    people += year.getValue()[PEOPLE];
                    vaccinated += year.getValue()[measure.doses() == Criteria.Doses.FULL ? FULL : ONE_DOSE];
                }
            }
            // records may name a commune the registry no longer does for the person: never above everyone
            vaccinated = Math.min(vaccinated, people);
            return new LevelRepository.MeasureResult(measure.name(), measure.doses(), measure.minAge(),
                    measure.targetPercent(), people, vaccinated, measure.metBy(vaccinated, people));
        }).toList();
    }

    private long[] year(int birthYear) {
        return byBirthYear.computeIfAbsent(birthYear, year -> new long[3]);
    }
}
