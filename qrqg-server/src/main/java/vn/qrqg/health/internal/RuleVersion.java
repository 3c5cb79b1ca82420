package vn.qrqg.health.internal;

import java.time.Instant;

/**
 * One uploaded version of a province's COVID card rules.
 *
 * @param version 1, 2, … in upload order
 * @param effectiveFrom in force from this instant until a version with a later one begins (of two
 *        with the same instant, the later upload)
 * @param uploadedBy the operator's client_id
 */
record RuleVersion(String provinceCode, int version, Instant effectiveFrom, RuleSet ruleSet, Instant uploadedAt,
        String uploadedBy) {
}
