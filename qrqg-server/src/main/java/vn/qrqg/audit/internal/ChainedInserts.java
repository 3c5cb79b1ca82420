package vn.qrqg.audit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.codec.audit.AuditChain;
import vn.qrqg.platform.database.CopyRows;

/**
 * The audit writer's insert (docs/audit.md): a batch of reads in one COPY and one transaction,
 * each record in the next place of its day's chain, its hash with it, the day's head moved on in
 * the same transaction. Writers take places one after another: on this instance in turn (a lock),
 * across instances on the head's row. This instance remembers the head it last committed, so a
 * batch costs one conditional UPDATE besides the COPY; when another instance moved the head
 * meanwhile, the update finds nothing and the batch locks and reads the head first.
 */
final class ChainedInserts {
    private static final List<String> COLUMNS = List.of("at", "client_id", "app_id", "scope", "qid",
            "document_number", "fields", "purpose", "outcome", "seq", "hash");

    private final JdbcTemplate jdbc;
    private final ChainHeads heads;
    private final TransactionTemplate transaction;
    private final ReentrantLock inTurn = new ReentrantLock();
    /** The heads this instance last committed, by day; guarded by {@link #inTurn}. */
    private final Map<LocalDate, Known> committed = new HashMap<>();

    private record Known(long records, byte[] head) {
    }

    ChainedInserts(JdbcTemplate jdbc, ChainHeads heads, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.heads = heads;
        this.transaction = transaction;
    }

    /**
     * Writes the batch; committed when this returns.
     *
     * @return for each entry, whether it was written: not when its day is sealed already
     */
    List<Boolean> insert(List<AuditEntry> entries) {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>(); // locked in order: no two instances deadlock
        for (int i = 0; i < entries.size(); i++) {
            byDay.computeIfAbsent(LocalDate.ofInstant(entries.get(i).at(), ZoneOffset.UTC), day -> new ArrayList<>())
                    .add(i);
        }
        inTurn.lock();
        try {
            Map<LocalDate, Known> moved = new HashMap<>();
            Boolean[] written = new Boolean[entries.size()];
            transaction.executeWithoutResult(status -> {
                CopyRows rows = new CopyRows("audit_record", COLUMNS);
                byDay.forEach((day, indices) -> {
                    Known after = chain(day, indices, entries, rows);
                    indices.forEach(i -> written[i] = after != null);
                    if (after != null) {
                        moved.put(day, after);
                    }
                });
                rows.copyInto(jdbc);
            });
            remember(moved);
            return List.of(written);
        } finally {
            inTurn.unlock();
        }
    }

    /** Adds the day's records to {@code rows} in their places and moves its head on; null when the day is sealed. */
    private Known chain(LocalDate day, List<Integer> indices, List<AuditEntry> entries, CopyRows rows) {
        Known known = committed.get(day);
        if (known != null) {
            List<byte[]> hashes = hashes(known, indices, entries);
            if (heads.advanceFrom(day, known.records(), known.records() + indices.size(), hashes.getLast())) {
                return add(known.records(), indices, entries, hashes, rows);
            }
        }
        ChainHeads.Head head = heads.lock(day);
        if (head.sealed()) {
            return null;
        }
        Known locked = new Known(head.records(), head.head());
        List<byte[]> hashes = hashes(locked, indices, entries);
        heads.advance(day, head.records() + indices.size(), hashes.getLast());
        return add(head.records(), indices, entries, hashes, rows);
    }

    private static List<byte[]> hashes(Known from, List<Integer> indices, List<AuditEntry> entries) {
        List<byte[]> hashes = new ArrayList<>(indices.size());
        byte[] hash = from.head();
        long seq = from.records();
        for (int i : indices) {
            hash = AuditChain.next(hash, ChainBytes.of(entries.get(i), ++seq));
            hashes.add(hash);
        }
        return hashes;
    }

    private static Known add(long records, List<Integer> indices, List<AuditEntry> entries, List<byte[]> hashes,
            CopyRows rows) {
        for (int n = 0; n < indices.size(); n++) {
            AuditEntry entry = entries.get(indices.get(n));
            rows.add(entry.at()).add(entry.clientId()).add(entry.appId()).add(entry.scope()).add(entry.qid())
                    .add(entry.documentNumber()).add(AuditRepository.arrayLiteral(entry.fields())).add(entry.purpose())
                    .add(entry.outcome()).add(records + n + 1).add(ChainBytes.hex(hashes.get(n))).endRow();
        }
        return new Known(records + indices.size(), hashes.getLast());
    }

    /** After the commit: the heads as they now stand; days before yesterday are done with. */
    private void remember(Map<LocalDate, Known> moved) {
        committed.putAll(moved);
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        committed.keySet().removeIf(day -> day.isBefore(yesterday));
    }
}
