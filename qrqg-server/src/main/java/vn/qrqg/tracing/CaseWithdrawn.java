package vn.qrqg.tracing;

import java.time.Instant;
import java.util.UUID;

/** A health authority withdrew a case it reported (a false positive): its alerts are withdrawn with it. */
public record CaseWithdrawn(UUID caseId, Instant withdrawnAt) {
}
