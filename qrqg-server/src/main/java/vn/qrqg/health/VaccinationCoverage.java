package vn.qrqg.health;

import java.time.LocalDate;
import java.util.List;

/**
 * How far vaccination has reached, as counts only: for the risk levels' coverage measures
 * (docs/risk.md). Who was vaccinated never leaves the health records.
 */
public interface VaccinationCoverage {

    /**
     * The people of one commune born in one year who had at least one dose, and who had completed
     * the primary series (a single-dose product completes it alone), by the day asked.
     *
     * @param communeCode of their permanent address when their newest vaccination was stored
     */
    record Count(String communeCode, int birthYear, long atLeastOneDose, long completed) {
    }

    /** The counts of every commune and year of birth with anyone vaccinated by {@code day}, that day included. */
    List<Count> asOf(LocalDate day);
}
