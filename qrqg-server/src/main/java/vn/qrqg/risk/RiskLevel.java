package vn.qrqg.risk;

import java.time.LocalDate;

/**
 * A commune's or province's risk level on a day, as the public map shows it.
 *
 * @param level what applies: the declared level when there is one, else the computed one; null
 *        when neither is known (not assessed yet, or no population)
 * @param declaredLevel null when none is declared
 * @param assessedOn the day of the assessment it comes from; null when none was made yet
 */
public record RiskLevel(String code, String name, Integer level, Integer computedLevel, Integer declaredLevel,
        LocalDate assessedOn) {
}
