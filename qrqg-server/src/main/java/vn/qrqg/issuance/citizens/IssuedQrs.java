package vn.qrqg.issuance.citizens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.codec.personal.Qid;

/**
 * Read-only questions about the QRs the platform issued, for scanners: is this text one of a
 * person's QRs, and what does their newest declare. Each answer is one indexed query. Thread-safe.
 * Always from the primary, never a read replica ({@link vn.qrqg.platform.database.ReplicaReads}): a QR
 * superseded a moment ago must scan SUPERSEDED at once, on every instance.
 */
@Repository
public class IssuedQrs {

    /** The newest QR's phone and insurance number: stored with it, read without parsing its text. */
    private static final String NEWEST = """
            left join lateral (select version, phone, insurance_number from issuance_qr q
                               where q.qid = c.qid order by q.version desc limit 1) newest on true""";

    /**
     * A person who holds a QID, as their QRs say.
     *
     * @param documentNumber the registry's document number they were issued under
     * @param newest what their newest QR declares, or {@code null} when none is issued yet
     */
    public record Holder(Qid qid, String documentNumber, Declared newest) {
    }

    /**
     * What a QR declares beyond the registry: what the person declared and the platform signed.
     *
     * @param phone {@code null} when it declares none
     * @param insuranceNumber {@code null} when it declares none
     */
    public record Declared(String phone, String insuranceNumber) {
    }

    /**
     * What the platform knows of a scanned QR text.
     *
     * @param version the version whose full or masked form is exactly the scanned text, or
     *        {@code null} when no version of this QID is (not a QR the platform issued)
     * @param superseded whether that version was superseded by a newer one
     * @param revoked whether that version was revoked (then it is superseded too: a new one was issued)
     */
    public record Scanned(Holder holder, Integer version, boolean superseded, boolean revoked) {

        public boolean isIssued() {
            return version != null;
        }
    }

    private final JdbcClient jdbc;

    IssuedQrs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The registry document number the QID was issued under; empty when no one holds the QID. */
    public Optional<String> documentNumberOf(Qid qid) {
        return jdbc.sql("select document_number from issuance_citizen where qid = :qid")
                .param("qid", qid.value()).query(String.class).optional();
    }

    /**
     * What the platform knows of each scanned QR text, in one query, for batches and concurrent
     * scans: element {@code i} is the holder of {@code qids.get(i)} and the version of theirs
     * that is exactly {@code texts.get(i)} (full or masked form), empty when no one holds the QID.
     */
    public List<Optional<Scanned>> findAll(List<Qid> qids, List<String> texts) {
        if (qids.size() != texts.size()) {
            throw new IllegalArgumentException("one text per QID");
        }
        List<Optional<Scanned>> found = new ArrayList<>(Collections.nCopies(qids.size(), Optional.empty()));
        if (qids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select s.i, c.qid, c.document_number, newest.version as newest_version, newest.phone,
                               newest.insurance_number, scanned.version, scanned.superseded_at is not null as superseded,
                               scanned.revoked_at is not null as revoked
                        from unnest(:qids::text[], :texts::text[]) with ordinality as s(qid, text, i)
                        join issuance_citizen c on c.qid = s.qid
                        """ + NEWEST + """

                        left join lateral (select version, superseded_at, revoked_at from issuance_qr q
                                           where q.qid = s.qid and (q.full_text = s.text or q.masked_text = s.text)
                                           order by q.version desc limit 1) scanned on true""")
                .param("qids", values(qids)).param("texts", texts.toArray(String[]::new))
                .query((row, n) -> {
                    found.set(row.getInt("i") - 1, Optional.of(new Scanned(holder(row),
                            (Integer) row.getObject("version"), row.getBoolean("superseded"), row.getBoolean("revoked"))));
                    return null;
                }).list();
        return found;
    }

    /** The holders of these QIDs, with their newest QR, by QID; QIDs nobody holds are left out. One query. */
    public Map<Qid, Holder> findHolders(Collection<Qid> qids) {
        return holders("c.qid = any(:keys::text[])", values(qids), Holder::qid);
    }

    /** The holders of QIDs issued under these registry document numbers, by document number. One query. */
    public Map<String, Holder> findHoldersByDocumentNumbers(Collection<String> documentNumbers) {
        return holders("c.document_number = any(:keys::text[])", documentNumbers.toArray(String[]::new),
                Holder::documentNumber);
    }

    private <K> Map<K, Holder> holders(String where, String[] keys, Function<Holder, K> keyOf) {
        Map<K, Holder> holders = new HashMap<>();
        if (keys.length == 0) {
            return holders;
        }
        jdbc.sql("""
                        select c.qid, c.document_number, newest.version as newest_version, newest.phone,
                               newest.insurance_number
                        from issuance_citizen c
                        """ + NEWEST + """

                        where\s""" + where)
                .param("keys", keys)
                .query((row, i) -> holder(row))
                .list().forEach(holder -> holders.put(keyOf.apply(holder), holder));
        return holders;
    }

    private static Holder holder(ResultSet row) throws SQLException {
        Declared newest = row.getObject("newest_version") == null ? null
                : new Declared(row.getString("phone"), row.getString("insurance_number"));
        return new Holder(new Qid(row.getString("qid")), row.getString("document_number"), newest);
    }

    private static String[] values(Collection<Qid> qids) {
        return qids.stream().map(Qid::value).toArray(String[]::new);
    }
}
