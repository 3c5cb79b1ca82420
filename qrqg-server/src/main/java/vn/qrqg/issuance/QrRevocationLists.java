package vn.qrqg.issuance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.revocation.RevocationId;
import vn.qrqg.codec.revocation.RevocationList;
import vn.qrqg.codec.signature.ChuKy;

/**
 * The per-key revocation lists offline scanners sync (FORMATS.md §4): the tables
 * {@code issuance_revocation_list} (each key's counter) and {@code issuance_revocation_entry}.
 * Entries are added in the transaction that revokes or supersedes a QR; each addition bumps its
 * key's counter, whose row lock orders a key's additions until they commit, so that a delta
 * {@code since} N never misses an entry numbered N or less. Thread-safe.
 */
@Repository
public class QrRevocationLists {
    private final JdbcClient jdbc;

    QrRevocationLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Called in the caller's transaction: lists every text of {@code texts} (forms of QRs that
     * {@code kid} signed) as revoked or superseded. A text already listed keeps its entry, except
     * that a revoked one stays revoked and a superseded one becomes revoked when revoked later.
     */
    public void add(String kid, Collection<String> texts, boolean revoked) {
        if (texts.isEmpty()) {
            return;
        }
        long version = jdbc.sql("""
                insert into issuance_revocation_list (kid, crl_version) values (:kid, 1)
                on conflict (kid) do update set crl_version = issuance_revocation_list.crl_version + 1
                returning crl_version""").param("kid", kid).query(Long.class).single();
        Long[] ids = texts.stream().map(text -> RevocationId.value(PersonalQr.parse(text).signature())).toArray(Long[]::new);
        jdbc.sql("""
                insert into issuance_revocation_entry (kid, entry_id, revoked, crl_version)
                select :kid, id, :revoked, :version from unnest(:ids::bigint[]) as ids(id)
                on conflict (kid, entry_id) do update set revoked = true, crl_version = excluded.crl_version
                    where excluded.revoked and not issuance_revocation_entry.revoked""")
                .param("kid", kid).param("revoked", revoked).param("version", version).param("ids", ids).update();
    }

    /** Whether the QR whose {@code ChuKy} this is is on its key's list as revoked, in whichever spelling of its signature. */
    public boolean isRevoked(ChuKy chuKy) {
        return jdbc.sql("""
                select count(*) from issuance_revocation_entry where kid = :kid and entry_id = :id and revoked""")
                .param("kid", chuKy.keyId()).param("id", RevocationId.value(chuKy)).query(Long.class).single() > 0;
    }

    /** Each key's counter, for the JWKS; a key without a list is left out (its counter is 0). */
    public Map<String, Long> crlVersions() {
        Map<String, Long> versions = new HashMap<>();
        jdbc.sql("select kid, crl_version from issuance_revocation_list")
                .query((row, i) -> versions.put(row.getString("kid"), row.getLong("crl_version"))).list();
        return versions;
    }

    /**
     * The key's whole list ({@code since} null) or what was added after {@code since}: read in one
     * snapshot (the caller's read-only transaction), so that the counter and the entries agree.
     */
    public RevocationList list(String kid, Long since) {
        long version = jdbc.sql("select crl_version from issuance_revocation_list where kid = :kid")
                .param("kid", kid).query(Long.class).optional().orElse(0L);
        long from = since == null ? 0 : Math.min(since, version);
        List<long[]> rows = jdbc.sql("""
                        select entry_id, revoked from issuance_revocation_entry
                        where kid = :kid and crl_version > :since and crl_version <= :version""")
                .param("kid", kid).param("since", from).param("version", version)
                .query((row, i) -> new long[] {row.getLong("entry_id"), row.getBoolean("revoked") ? 1 : 0}).list();
        long[] revoked = rows.stream().filter(row -> row[1] == 1).mapToLong(row -> row[0]).toArray();
        long[] superseded = rows.stream().filter(row -> row[1] == 0).mapToLong(row -> row[0]).toArray();
        return since == null ? RevocationList.of(kid, version, revoked, superseded)
                : RevocationList.delta(kid, from, version, revoked, superseded);
    }
}
