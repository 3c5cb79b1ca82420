package vn.qrqg.health;

import java.time.OffsetDateTime;

/**
 * One COVID-19 test, as a test system reported it.
 *
 * @param type PCR or rapid antigen
 * @param sampledAt when the sample was taken, Vietnam time
 * @param result positive or negative
 * @param lab the laboratory, or {@code null}
 */
public record CovidTest(TestType type, OffsetDateTime sampledAt, TestResult result, String lab) {
}
