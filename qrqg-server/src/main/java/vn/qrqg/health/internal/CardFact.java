package vn.qrqg.health.internal;

import java.time.Instant;
import java.time.LocalDate;
import vn.qrqg.health.CovidTest;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.Recovery;

/**
 * Why a condition holds, as values rather than words, so that a card's reason is written in the
 * reader's language only when it is answered ({@link CardWords}), and the look-ahead that tries
 * many instants writes none.
 */
sealed interface CardFact {

    /** Doses up to a day, {@code needed} days after which the rule holds (0: at once). */
    record Dosed(Doses.Day day, LocalDate today, int needed) implements CardFact {
    }

    record Recovered(Recovery recovery, LocalDate today, int withinDays) implements CardFact {
    }

    record Tested(CovidTest test, Instant at, int withinHours) implements CardFact {
    }

    /** The level and the day the exposure ended: never where, nor anyone else. */
    record Exposed(ExposureHistory.Exposure exposure, LocalDate today, int withinDays) implements CardFact {
    }

    record Aged(int years, int under) implements CardFact {
    }

    /** The records up to a day in a few words: the doses (or none), the last recovery, the last test. */
    record Records(Doses.Day doses, Recovery lastRecovery, CovidTest lastTest, LocalDate today, Instant at)
            implements CardFact {
    }
}
