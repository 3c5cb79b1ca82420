package vn.qrqg.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.qrqg.codec.personal.Qid;

/**
 * When a person was near a confirmed case: what the COVID card's {@code EXPOSED} condition reads
 * (docs/covid-card.md). A port: tracing holds the alerts and already depends on health, so health
 * says here what it needs and tracing implements it, without a cycle. Asked only for a card whose
 * rules have an {@code EXPOSED} condition: scans under rules without one never call it.
 */
public interface ExposureHistory {

    /** How near the case; as tracing's alert levels. */
    enum Level {
        /** Near the case. */
        F1,
        /** Near an F1 after the F1's exposure. */
        F2
    }

    /**
     * One exposure, as its person's alert gives it: never the case nor anyone else.
     *
     * @param from when the person's presence at risk began (rounded outward, as alerts are)
     * @param to when it ended: the days of an {@code EXPOSED} condition count from this one's day
     */
    record Exposure(Level level, Instant from, Instant to) {

        public Exposure {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * The person's exposures whose case was not withdrawn, each once, in no particular order.
     * Check-ins, and so alerts, name a person by their QID or, scanned by card without one, by their
     * registry document number: both are asked.
     *
     * @param documentNumber the registry's document number
     * @param qid the QID the person holds; {@code null} when the caller does not know it (it is then
     *        looked up by the document number) or they hold none
     */
    List<Exposure> of(String documentNumber, Qid qid);
}
