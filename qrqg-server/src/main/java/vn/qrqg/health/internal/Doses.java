package vn.qrqg.health.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.qrqg.health.Vaccination;

/**
 * A person's doses as the COVID card counts them: by day, so that one dose reported by two
 * systems counts once; a dose of a single-dose product (Janssen) counts as two, since it completes
 * the primary series alone. The dose numbers the sources gave are not counted: sources number
 * boosters differently.
 */
final class Doses {

    /**
     * The count at the end of one day with doses.
     *
     * @param doses distinct days with doses so far
     * @param count what rules compare with their {@code doses}: {@code doses}, a single-dose product counting twice
     * @param last the day's dose (a single-dose one first, when two were reported)
     * @param singleDose whether a single-dose product is among the doses so far
     */
    record Day(LocalDate date, int doses, int count, Vaccination last, boolean singleDose) {
    }

    private final List<Day> days = new ArrayList<>();

    /** @param vaccinations in date order, as {@link vn.qrqg.health.PersonHealthRecords} keeps them */
    Doses(List<Vaccination> vaccinations) {
        int doses = 0;
        int count = 0;
        boolean singleDose = false;
        for (int i = 0; i < vaccinations.size(); ) {
            LocalDate date = vaccinations.get(i).date();
            Vaccination last = vaccinations.get(i);
            for (; i < vaccinations.size() && vaccinations.get(i).date().equals(date); i++) {
                if (vaccinations.get(i).singleDose()) {
                    last = vaccinations.get(i);
                }
            }
            doses++;
            count += last.singleDose() ? 2 : 1;
            singleDose |= last.singleDose();
            days.add(new Day(date, doses, count, last, singleDose));
        }
    }

    /** The day the count first reached {@code count}, whenever that is; empty when it never does. */
    Optional<Day> reaching(int count) {
        return days.stream().filter(day -> day.count() >= count).findFirst();
    }

    /** The last day with doses up to {@code date}, that day included. */
    Optional<Day> asOf(LocalDate date) {
        Day found = null;
        for (Day day : days) {
            if (day.date().isAfter(date)) {
                break;
            }
            found = day;
        }
        return Optional.ofNullable(found);
    }
}
