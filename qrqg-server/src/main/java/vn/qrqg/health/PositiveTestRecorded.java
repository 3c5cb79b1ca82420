package vn.qrqg.health;

import java.time.Instant;
import java.util.UUID;

/**
 * A positive PCR test was pushed and stored: published in the transaction that stores it, for
 * exposure tracing to make a confirmed case of it. It carries the person's registry document
 * number, which the test's sealed record does not (it keeps only an HMAC of it): the event outbox
 * holds it until its listeners took it, then drops the event.
 *
 * @param pushedBy the app that pushed the test (a health system): the case is reported as its
 */
public record PositiveTestRecorded(UUID recordId, String documentNumber, Instant sampledAt, UUID pushedBy,
        Instant recordedAt) {

    @Override
    public String toString() {
        return "PositiveTestRecorded[" + recordId + "]"; // never the document number
    }
}
