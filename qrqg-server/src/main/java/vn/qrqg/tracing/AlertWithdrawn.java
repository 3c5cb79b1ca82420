package vn.qrqg.tracing;

import java.time.Instant;
import java.util.UUID;

/** An alert was withdrawn with its case: its person sees it marked withdrawn. Names no person. */
public record AlertWithdrawn(UUID alertId, UUID caseId, Instant withdrawnAt) {
}
