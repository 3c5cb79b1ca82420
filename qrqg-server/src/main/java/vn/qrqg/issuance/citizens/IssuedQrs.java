package vn.qrqg.issuance.citizens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only questions about the QRs the platform issued, for scanners: is this text one of a
 * person's QRs, and which is their newest. Each answer is one indexed query. Thread-safe.
 */
@Repository
public class IssuedQrs {

    /**
     * A person who holds a QID, as their QRs say.
     *
     * @param documentNumber the registry's document number they were issued under
     * @param newestFullText the full form of their newest QR, or {@code null} when none is issued yet
     */
    public record Holder(String qid, String documentNumber, String newestFullText) {
    }

    /**
     * What the platform knows of a scanned QR text.
     *
     * @param version the version whose full or masked form is exactly the scanned text, or
     *        {@code null} when no version of this QID is (not a QR the platform issued)
     * @param superseded whether that version was superseded by a newer one
     */
    public record Scanned(Holder holder, Integer version, boolean superseded) {

        public boolean isIssued() {
            return version != null;
        }
    }

    private final JdbcClient jdbc;

    IssuedQrs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The registry document number the QID was issued under; empty when no one holds the QID. */
    public Optional<String> documentNumberOf(String qid) {
        return jdbc.sql("select document_number from issuance_citizen where qid = :qid")
                .param("qid", qid).query(String.class).optional();
    }

    /**
     * What the platform knows of each scanned QR text, in one query, for batches and concurrent
     * scans: element {@code i} is the holder of {@code qids.get(i)} and the version of theirs
     * that is exactly {@code texts.get(i)} (full or masked form), empty when no one holds the QID.
     */
    public List<Optional<Scanned>> findAll(List<String> qids, List<String> texts) {
        if (qids.size() != texts.size()) {
            throw new IllegalArgumentException("one text per QID");
        }
        List<Optional<Scanned>> found = new ArrayList<>(java.util.Collections.nCopies(qids.size(), Optional.empty()));
        if (qids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select s.i, c.qid, c.document_number, newest.full_text as newest_full_text,
                               scanned.version, scanned.superseded_at is not null as superseded
                        from unnest(:qids::text[], :texts::text[]) with ordinality as s(qid, text, i)
                        join issuance_citizen c on c.qid = s.qid
                        left join lateral (select full_text from issuance_qr q
                                           where q.qid = c.qid order by q.version desc limit 1) newest on true
                        left join lateral (select version, superseded_at from issuance_qr q
                                           where q.qid = s.qid and (q.full_text = s.text or q.masked_text = s.text)
                                           order by q.version desc limit 1) scanned on true""")
                .param("qids", qids.toArray(String[]::new)).param("texts", texts.toArray(String[]::new))
                .query((row, n) -> {
                    found.set(row.getInt("i") - 1, Optional.of(new Scanned(
                            new Holder(row.getString("qid"), row.getString("document_number"),
                                    row.getString("newest_full_text")),
                            (Integer) row.getObject("version"), row.getBoolean("superseded"))));
                    return null;
                }).list();
        return found;
    }

    /** The holders of these QIDs, with their newest QR, by QID; QIDs nobody holds are left out. One query. */
    public Map<String, Holder> findHolders(Collection<String> qids) {
        return holders("c.qid = any(:keys::text[])", qids, Holder::qid);
    }

    /** The holders of QIDs issued under these registry document numbers, by document number. One query. */
    public Map<String, Holder> findHoldersByDocumentNumbers(Collection<String> documentNumbers) {
        return holders("c.document_number = any(:keys::text[])", documentNumbers, Holder::documentNumber);
    }

    private Map<String, Holder> holders(String where, Collection<String> keys,
            java.util.function.Function<Holder, String> keyOf) {
        Map<String, Holder> holders = new HashMap<>();
        if (keys.isEmpty()) {
            return holders;
        }
        jdbc.sql("""
                        select c.qid, c.document_number,
                               (select full_text from issuance_qr q where q.qid = c.qid
                                order by q.version desc limit 1) as newest_full_text
                        from issuance_citizen c
                        where\s""" + where)
                .param("keys", keys.toArray(String[]::new))
                .query((row, i) -> new Holder(row.getString("qid"), row.getString("document_number"),
                        row.getString("newest_full_text")))
                .list().forEach(holder -> holders.put(keyOf.apply(holder), holder));
        return holders;
    }
}
