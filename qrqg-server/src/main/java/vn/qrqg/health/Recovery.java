package vn.qrqg.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A confirmed infection and the certified recovery from it.
 *
 * @param confirmedAt when the infection was confirmed, Vietnam time
 * @param recoveredAt when the recovery was certified, Vietnam time
 * @param facility the certifying facility, or {@code null}
 * @param recordId the record's id on the platform (a feedback report names it); null for one not stored
 */
public record Recovery(OffsetDateTime confirmedAt, OffsetDateTime recoveredAt, String facility,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID recordId) {

    /** A recovery not (yet) stored. */
    public Recovery(OffsetDateTime confirmedAt, OffsetDateTime recoveredAt, String facility) {
        this(confirmedAt, recoveredAt, facility, null);
    }
}
