package vn.qrqg.audit;

import org.springframework.stereotype.Service;
import vn.qrqg.audit.internal.GroupCommitWriter;

/**
 * The audit of every read of personal data, for any capability that reads it: record the read,
 * then answer it. Append-only; nobody, the platform included, changes or deletes a record.
 * Thread-safe; concurrent records share commits (see {@link GroupCommitWriter}).
 */
@Service
public class AuditTrail {
    private final GroupCommitWriter writer;

    AuditTrail(GroupCommitWriter writer) {
        this.writer = writer;
    }

    /**
     * Returns only once {@code entry} is committed, so that a read is never answered without its
     * audit. A few milliseconds: the record shares its commit with those of concurrent reads.
     *
     * @throws AuditUnavailableException when it cannot be committed in time: do not answer the read
     */
    public void record(AuditEntry entry) {
        writer.record(entry);
    }

    /**
     * {@link #record} for several reads answered at once (a page of a venue's history): queued
     * together, so that they share commits, and returns once every one is committed.
     *
     * @throws AuditUnavailableException when any cannot be committed in time: do not answer the reads
     */
    public void recordAll(java.util.List<AuditEntry> entries) {
        writer.recordAll(entries);
    }
}
