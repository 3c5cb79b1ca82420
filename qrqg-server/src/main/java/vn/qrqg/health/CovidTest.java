package vn.qrqg.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One COVID-19 test, as a test system reported it.
 *
 * @param type PCR or rapid antigen
 * @param sampledAt when the sample was taken, Vietnam time
 * @param result positive or negative
 * @param lab the laboratory, or {@code null}
 * @param recordId the record's id on the platform (a feedback report names it); null for one not stored
 */
public record CovidTest(TestType type, OffsetDateTime sampledAt, TestResult result, String lab,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID recordId) {

    /** A test not (yet) stored. */
    public CovidTest(TestType type, OffsetDateTime sampledAt, TestResult result, String lab) {
        this(type, sampledAt, result, lab, null);
    }
}
