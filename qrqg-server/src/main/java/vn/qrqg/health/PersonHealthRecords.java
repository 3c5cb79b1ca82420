package vn.qrqg.health;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the platform holds of one person's health: vaccinations by date, tests and
 * recoveries newest first. Sensitive personal data: whoever answers it with it audits the read.
 */
public record PersonHealthRecords(List<Vaccination> vaccinations, List<CovidTest> tests, List<Recovery> recoveries) {

    public static final PersonHealthRecords NONE = new PersonHealthRecords(List.of(), List.of(), List.of());

    public PersonHealthRecords {
        vaccinations = vaccinations.stream()
                .sorted(Comparator.comparing(Vaccination::date).thenComparing(Vaccination::doseNumber)).toList();
        tests = tests.stream().sorted(Comparator.comparing(CovidTest::sampledAt).reversed()).toList();
        recoveries = recoveries.stream().sorted(Comparator.comparing(Recovery::recoveredAt).reversed()).toList();
    }
}
