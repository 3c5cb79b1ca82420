package vn.qrqg.issuance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.codec.signature.KeyStatus;

/** The table {@code issuance_signing_key}. Callers that change keys hold {@link #lock} in their transaction. */
@Repository
public class SigningKeyRepository {
    private static final String COLUMNS = "kid, public_key, private_key_sealed, status, created_at, retired_at, revoked_at";

    private final JdbcClient jdbc;

    public SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the transactions that change keys (rotations, revocations, the first key of
     * concurrently starting instances) until commit; readers are not blocked.
     */
    public void lock() {
        jdbc.sql("lock table issuance_signing_key in share row exclusive mode").update();
    }

    public List<StoredSigningKey> findAll() {
        return jdbc.sql("select " + COLUMNS + " from issuance_signing_key order by created_at, kid")
                .query(SigningKeyRepository::row).list();
    }

    public Optional<StoredSigningKey> findActive() {
        return jdbc.sql("select " + COLUMNS + " from issuance_signing_key where status = 'active'")
                .query(SigningKeyRepository::row).optional();
    }

    public Optional<StoredSigningKey> find(String kid) {
        return jdbc.sql("select " + COLUMNS + " from issuance_signing_key where kid = :kid")
                .param("kid", kid).query(SigningKeyRepository::row).optional();
    }

    /** Inserts a new active key; false, changing nothing, when another key is already active. */
    public boolean insertActive(String kid, byte[] publicKey, byte[] privateKeySealed) {
        return jdbc.sql("""
                insert into issuance_signing_key (kid, public_key, private_key_sealed, status)
                values (:kid, :publicKey, :sealed, 'active')
                on conflict (status) where status = 'active' do nothing""")
                .param("kid", kid).param("publicKey", publicKey).param("sealed", privateKeySealed)
                .update() == 1;
    }

    /** Retires the active key, if any. */
    public void retireActive() {
        jdbc.sql("update issuance_signing_key set status = 'retired', retired_at = now() where status = 'active'").update();
    }

    public void revoke(String kid) {
        jdbc.sql("update issuance_signing_key set status = 'revoked', revoked_at = now() where kid = :kid and status <> 'revoked'")
                .param("kid", kid).update();
    }

    private static StoredSigningKey row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredSigningKey(rs.getString("kid"), rs.getBytes("public_key"), rs.getBytes("private_key_sealed"),
                KeyStatus.fromJwk(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "retired_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
