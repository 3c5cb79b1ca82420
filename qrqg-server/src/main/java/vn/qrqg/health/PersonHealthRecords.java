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

    /** The same records without the platform's ids of them. */
    public PersonHealthRecords withoutRecordIds() {
        return new PersonHealthRecords(
                vaccinations.stream().map(v -> new Vaccination(v.date(), v.doseNumber(), v.product(), v.productName(),
                        v.manufacturer(), v.singleDose(), v.lot(), v.site())).toList(),
                tests.stream().map(t -> new CovidTest(t.type(), t.sampledAt(), t.result(), t.lab())).toList(),
                recoveries.stream().map(r -> new Recovery(r.confirmedAt(), r.recoveredAt(), r.facility())).toList());
    }
}
