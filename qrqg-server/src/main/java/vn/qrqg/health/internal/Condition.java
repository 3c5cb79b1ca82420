package vn.qrqg.health.internal;

import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;

/** One condition of a COVID card rule (docs/covid-card.md); a rule holds when all of its conditions do. */
sealed interface Condition {

    /**
     * At least {@code doses} doses, the dose that brought the count there at least {@code days}
     * calendar days ago. Doses on the same day count once; a dose of a single-dose product counts
     * as two, since it completes the primary series alone.
     */
    record Vaccinated(int doses, int days) implements Condition {
    }

    /** A certified recovery at most {@code withinDays} calendar days ago (0: today). */
    record Recovered(int withinDays) implements Condition {
    }

    /**
     * A test with this result, of this type ({@code null}: any type), sampled at most
     * {@code withinHours} hours ago, that instant included.
     */
    record Tested(TestType testType, TestResult result, int withinHours) implements Condition {
    }

    /**
     * An exposure alert of this level, its case not withdrawn, that began by the instant asked about
     * and ended at most {@code withinDays} calendar days before it (0: today). {@code F2} means "F2 or
     * nearer": an F1 alert holds for it too, since an F1 was nearer the case than any F2.
     */
    record Exposed(ExposureHistory.Level level, int withinDays) implements Condition {

        boolean counts(ExposureHistory.Level alerted) {
            return level == ExposureHistory.Level.F2 || alerted == ExposureHistory.Level.F1;
        }
    }

    /**
     * Younger than {@code years} on the day asked about, in Vietnam: before the day of their
     * {@code years}-th birthday. A birth date with an unknown month or day counts from the
     * earliest day it can be (1 January, the 1st), so that an age exemption holds only while the
     * person is certainly that young; a person of unknown birth date is never under an age.
     */
    record AgeUnder(int years) implements Condition {
    }
}
