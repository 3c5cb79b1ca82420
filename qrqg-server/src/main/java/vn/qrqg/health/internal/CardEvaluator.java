package vn.qrqg.health.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.PersonHealthRecords;

/** A COVID card from a person's records and the rules of a province, at an instant. Thread-safe. */
public final class CardEvaluator {
    private final CardRules rules;
    private final CardEngine engine;

    CardEvaluator(CardRules rules, CardEngine engine) {
        this.rules = rules;
        this.engine = engine;
    }

    /**
     * @param birthDate the person's, for rules with an age ({@code AGE_UNDER}); {@code null}: unknown
     * @param exposures the person's exposures: asked only when the province's rules have an
     *        {@code EXPOSED} condition (the national default has none), so that a scan under other
     *        rules costs no query for them
     * @param provinceCode the province whose rules apply; {@code null}: none known, so the national default
     */
    public CovidCard evaluate(PersonHealthRecords records, BirthDate birthDate,
            Supplier<List<ExposureHistory.Exposure>> exposures, String provinceCode, Instant at) {
        return engine.evaluate(rules.timeline(provinceCode), records, birthDate, exposures, at);
    }

    /** Whether any card rules ask about exposures ({@code EXPOSED}); when none do, no alert can change a card. */
    public boolean anyRulesAskExposures() {
        return rules.anyAskExposures();
    }
}
