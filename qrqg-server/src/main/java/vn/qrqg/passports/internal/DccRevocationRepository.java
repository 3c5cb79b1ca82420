package vn.qrqg.passports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.dcc.RevocationHashes;

/** The table {@code dcc_revocation}. */
@Repository
class DccRevocationRepository {

    /** One entry of the list. */
    record Entry(RevocationHashes.Type type, byte[] hash, byte[] kid, Instant revokedAt, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    DccRevocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the entry unless its hash is listed already. */
    void insert(Entry entry) {
        jdbc.sql("""
                insert into dcc_revocation (hash_type, hash, kid, revoked_at, expires_at)
                values (:type, :hash, :kid, :revokedAt, :expiresAt) on conflict do nothing""")
                .param("type", entry.type().name()).param("hash", entry.hash()).param("kid", entry.kid())
                .param("revokedAt", utc(entry.revokedAt())).param("expiresAt", utc(entry.expiresAt())).update();
    }

    /** When the first of these hashes (of one certificate) was revoked. */
    Optional<Instant> firstRevokedAt(List<RevocationHashes.Type> types, List<byte[]> hashes) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("(hash_type = :t").append(i).append(" and hash = :h").append(i).append(')');
        }
        JdbcClient.StatementSpec statement = jdbc.sql("select min(revoked_at) from dcc_revocation where " + where);
        for (int i = 0; i < types.size(); i++) {
            statement = statement.param("t" + i, types.get(i).name()).param("h" + i, hashes.get(i));
        }
        return statement.query((rs, n) -> instant(rs, 1)).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Every entry, by key id and type, for the published list. */
    List<Entry> findAll() {
        return jdbc.sql("select hash_type, hash, kid, revoked_at, expires_at from dcc_revocation order by kid, hash_type, hash")
                .query((rs, n) -> new Entry(RevocationHashes.Type.valueOf(rs.getString(1)), rs.getBytes(2), rs.getBytes(3),
                        instant(rs, 4), instant(rs, 5))).list();
    }

    /** Drops the entries of certificates that expired before {@code now}: they verify no more anyway. */
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from dcc_revocation where expires_at < :now").param("now", utc(now)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
