package vn.qrqg.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.internal.AuditRepository;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.platform.database.ReplicaReads;

/**
 * Reading the audit back, for operators: a person's reads, or a client's, newest first; or those
 * of an app, a venue, a scope, a purpose, a time range ({@link AuditFilter}).
 */
@Service
public class AuditQuery {
    /** The largest page an operator may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    private final AuditRepository repository;
    /** A person's access log pages: from the read replica when there is one (docs/operations.md, "Read replicas"). */
    private final AuditRepository accessLog;

    AuditQuery(AuditRepository repository, ReplicaReads replica) {
        this.repository = repository;
        this.accessLog = AuditRepository.onReplica(replica);
    }

    /** A page of audit records and how many match in all. */
    public record Page(long total, int page, int size, List<AuditEntry> items) {
    }

    /**
     * The records of {@code qid} and/or {@code clientId} (at least one; both narrow to their
     * intersection), newest first; page 0 is the newest.
     */
    public Page find(Qid qid, String clientId, int page, int size) {
        if (qid == null && clientId == null) {
            throw new IllegalArgumentException("a qid or a clientId is needed");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + MAX_PAGE_SIZE);
        }
        String person = qid == null ? null : qid.value();
        long offset = (long) page * size;
        List<AuditEntry> items = offset > Integer.MAX_VALUE ? List.of()
                : repository.page(person, clientId, (int) offset, size);
        return new Page(repository.count(person, clientId), page, size, items);
    }

    /**
     * The records matching every filter of {@code filter} (at least one), newest first; page 0
     * is the newest.
     */
    public Page find(AuditFilter filter, int page, int size) {
        if (!filter.any()) {
            throw new IllegalArgumentException("a filter is needed");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + MAX_PAGE_SIZE);
        }
        long offset = (long) page * size;
        List<AuditEntry> items = offset > Integer.MAX_VALUE ? List.of() : repository.page(filter, (int) offset, size);
        return new Page(repository.count(filter), page, size, items);
    }

    /** A record with the id the table gave it: a stable reference to it while it is kept. */
    public record Numbered(long id, AuditEntry entry) {
    }

    /**
     * Which of a person's records to read back: those under a scope but {@code hiddenScopes}, and
     * those under none (a holder's own app's, mostly) only when their client id starts with
     * {@code unscopedClientPrefix} (e.g. a venue's owner, {@code venue-owner:}).
     */
    public record Shown(List<String> hiddenScopes, String unscopedClientPrefix) {
        public Shown {
            hiddenScopes = List.copyOf(hiddenScopes);
            if (unscopedClientPrefix.isEmpty() || !unscopedClientPrefix.matches("[a-z-]+:")) {
                throw new IllegalArgumentException("a plain, non-empty prefix");
            }
        }
    }

    /**
     * The reads of {@code qid} that {@code shown} shows, newest first, from {@code offset}: the
     * person's access log pages, from the read replica when there is one (may lag by its lag).
     */
    public List<Numbered> readsOf(Qid qid, Shown shown, long offset, int limit) {
        return offset > Integer.MAX_VALUE ? List.of()
                : accessLog.ofPersonUnder(qid.value(), shown, (int) offset, limit);
    }

    /** How many {@link #readsOf} there are in all. */
    public long countReadsOf(Qid qid, Shown shown) {
        return accessLog.countOfPersonUnder(qid.value(), shown);
    }

    /**
     * One of {@link #readsOf} by its id; empty when it is none of them (another person's, hidden,
     * gone). From the primary: a feedback report is written about it.
     */
    public Optional<Numbered> readOf(Qid qid, Shown shown, long id) {
        return repository.oneOfPersonUnder(qid.value(), shown, id);
    }
}
