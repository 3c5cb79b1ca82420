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

/** The table {@code dcc_signer}. Callers that change signers hold {@link #lock} in their transaction. */
@Repository
class DccSignerRepository {
    private static final String COLUMNS = "kid, role, certificate, private_key_sealed, status, origin, not_before, not_after, "
            + "created_at, status_changed_at";

    private final JdbcClient jdbc;

    DccSignerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the transactions that change signers (first start of several instances, rotations, imports). */
    void lock() {
        jdbc.sql("lock table dcc_signer in share row exclusive mode").update();
    }

    List<StoredDccSigner> findAll() {
        return jdbc.sql("select " + COLUMNS + " from dcc_signer order by created_at, kid").query(DccSignerRepository::row).list();
    }

    Optional<StoredDccSigner> findActive(StoredDccSigner.Role role) {
        return jdbc.sql("select " + COLUMNS + " from dcc_signer where role = :role and status = 'ACTIVE'")
                .param("role", role.name()).query(DccSignerRepository::row).optional();
    }

    Optional<StoredDccSigner> find(byte[] kid) {
        return jdbc.sql("select " + COLUMNS + " from dcc_signer where kid = :kid").param("kid", kid)
                .query(DccSignerRepository::row).optional();
    }

    /** Adds a signer; an active one only when none of its role is active (the caller retires it first). */
    void insert(StoredDccSigner signer) {
        jdbc.sql("""
                insert into dcc_signer (kid, role, certificate, private_key_sealed, status, origin, not_before, not_after)
                values (:kid, :role, :certificate, :sealed, :status, :origin, :notBefore, :notAfter)""")
                .param("kid", signer.kid()).param("role", signer.role().name()).param("certificate", signer.certificate())
                .param("sealed", signer.privateKeySealed()).param("status", signer.status().name())
                .param("origin", signer.origin().name()).param("notBefore", utc(signer.notBefore()))
                .param("notAfter", utc(signer.notAfter())).update();
    }

    /** Retires the active signer of the role, if any. */
    void retireActive(StoredDccSigner.Role role) {
        jdbc.sql("update dcc_signer set status = 'RETIRED', status_changed_at = now() where role = :role and status = 'ACTIVE'")
                .param("role", role.name()).update();
    }

    /** Makes a retired signer active again (an import of one the platform held before). */
    void activate(byte[] kid) {
        jdbc.sql("update dcc_signer set status = 'ACTIVE', status_changed_at = now() where kid = :kid and status = 'RETIRED'")
                .param("kid", kid).update();
    }

    /** Withdraws a signer; false when it is withdrawn already. */
    boolean withdraw(byte[] kid) {
        return jdbc.sql("update dcc_signer set status = 'WITHDRAWN', status_changed_at = now() where kid = :kid and status <> 'WITHDRAWN'")
                .param("kid", kid).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static StoredDccSigner row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredDccSigner(rs.getBytes("kid"), StoredDccSigner.Role.valueOf(rs.getString("role")),
                rs.getBytes("certificate"), rs.getBytes("private_key_sealed"),
                StoredDccSigner.Status.valueOf(rs.getString("status")), StoredDccSigner.Origin.valueOf(rs.getString("origin")),
                instant(rs, "not_before"), instant(rs, "not_after"), instant(rs, "created_at"), instant(rs, "status_changed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
