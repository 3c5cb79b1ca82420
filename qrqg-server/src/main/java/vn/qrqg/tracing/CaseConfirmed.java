package vn.qrqg.tracing;

import java.time.Instant;
import java.util.UUID;

/**
 * A health authority reported a confirmed case: published in the transaction that stores it, so
 * that its tracing happens once, after the commit, and survives a restart (the event outbox).
 * Names the case, never its person.
 */
public record CaseConfirmed(UUID caseId, Instant confirmedAt) {
}
