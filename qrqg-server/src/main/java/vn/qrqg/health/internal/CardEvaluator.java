package vn.qrqg.health.internal;

import java.time.Instant;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.PersonHealthRecords;

/** A COVID card from a person's records and the rules of a province, at an instant. Thread-safe. */
public final class CardEvaluator {
    private final CardRules rules;
    private final CardEngine engine;

    CardEvaluator(CardRules rules, CardEngine engine) {
        this.rules = rules;
        this.engine = engine;
    }

    /** @param provinceCode the province whose rules apply; {@code null}: none known, so the national default */
    public CovidCard evaluate(PersonHealthRecords records, String provinceCode, Instant at) {
        return engine.evaluate(rules.timeline(provinceCode), records, at);
    }
}
