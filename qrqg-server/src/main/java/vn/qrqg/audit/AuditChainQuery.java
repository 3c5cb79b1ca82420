package vn.qrqg.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.internal.ChainHeads;
import vn.qrqg.audit.internal.ChainRecords;
import vn.qrqg.codec.audit.SignedHead;
import vn.qrqg.platform.database.ReplicaReads;

/** The audit's chain read back (docs/audit.md): the signed heads anyone may see, a day's records for operators. */
@Service
public class AuditChainQuery {
    /** The most records an operator's page of a day's chain holds. */
    public static final int MAX_RECORDS = 5000;
    /** The most days of heads one answer holds. */
    public static final int MAX_DAYS = 400;
    private static final int UNCHAINED_SHOWN = 100;

    private final ChainHeads heads;
    /** The public heads' reads: from the read replica when there is one (docs/operations.md, "Read replicas"). */
    private final ChainHeads published;
    private final ChainRecords records;
    private final AuditProperties properties;

    AuditChainQuery(ChainHeads heads, ReplicaReads replica, ChainRecords records, AuditProperties properties) {
        this.heads = heads;
        this.published = ChainHeads.published(replica);
        this.records = records;
        this.properties = properties;
    }

    /** A day's signed head as published: hashes in base64url, the signature as {@code KID.SIG}. */
    public record PublishedHead(LocalDate day, long records, String head, String previous, String kid, String signature) {
        static PublishedHead of(SignedHead signed) {
            return new PublishedHead(signed.day(), signed.records(), SignedHead.text(signed.head()),
                    signed.previous() == null ? null : SignedHead.text(signed.previous()), signed.keyId(),
                    signed.signature());
        }
    }

    /**
     * What an auditor needs to know of a day before its records.
     *
     * @param chained places taken in the day's chain so far; null when the day has no chain
     *        (before the chain began, or a day nothing was audited)
     * @param signedHead its signed head, once sealed
     * @param recordsKept whether the day's reads are still kept: retention drops them whole
     * @param retainedUntil the day after which retention drops them
     * @param unchained the day's records with no place in its chain (the first ones), when it has one
     */
    public record Day(LocalDate day, Long chained, PublishedHead signedHead, boolean recordsKept,
            LocalDate retainedUntil, List<ChainRecord> unchained, boolean moreUnchained) {
    }

    /** The heads signed for the days from {@code from} to {@code to}, both included, oldest first. */
    public List<PublishedHead> heads(LocalDate from, LocalDate to) {
        return published.signed(from, to).stream().map(PublishedHead::of).toList();
    }

    public Day day(LocalDate day) {
        var head = heads.find(day);
        PublishedHead signed = heads.signed(day, day).stream().findFirst().map(PublishedHead::of).orElse(null);
        List<ChainRecord> unchained = head.isEmpty() ? List.of() : records.unchained(day, UNCHAINED_SHOWN + 1);
        return new Day(day, head.map(ChainHeads.Head::records).orElse(null), signed, records.partitionExists(day),
                day.plusDays(1 + properties.retention().toDays()), unchained.subList(0, Math.min(UNCHAINED_SHOWN, unchained.size())),
                unchained.size() > UNCHAINED_SHOWN);
    }

    /** The records of {@code day}'s chain after place {@code after}, in order. */
    public List<ChainRecord> records(LocalDate day, long after, int limit) {
        if (after < 0 || limit < 1 || limit > MAX_RECORDS) {
            throw new IllegalArgumentException("after >= 0 and 1 <= limit <= " + MAX_RECORDS);
        }
        return records.page(day, after, limit);
    }
}
