package vn.qrqg.venues.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code venues_staff_enrolment}: staff scanners' one-time enrolment links. */
@Repository
class EnrolmentRepository {
    /** @param sealedSecret null once used */
    record Enrolment(byte[] codeHash, UUID staffId, byte[] sealedSecret, Instant expiresAt, Instant redeemedAt) {
    }

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A staff member has one link at a time: a new one replaces the others. */
    void replace(byte[] codeHash, UUID staffId, byte[] sealedSecret, Instant expiresAt) {
        deleteOf(staffId);
        jdbc.sql("""
                insert into venues_staff_enrolment (code_hash, staff_id, sealed_secret, expires_at)
                values (:hash, :staffId, :sealed, :expiresAt)""")
                .param("hash", codeHash).param("staffId", staffId).param("sealed", sealedSecret)
                .param("expiresAt", RegistrationRepository.utc(expiresAt)).update();
    }

    Optional<Enrolment> findForUpdate(byte[] codeHash) {
        return jdbc.sql("select code_hash, staff_id, sealed_secret, expires_at, redeemed_at from venues_staff_enrolment "
                        + "where code_hash = :hash for update")
                .param("hash", codeHash)
                .query((rs, n) -> {
                    OffsetDateTime redeemed = rs.getObject("redeemed_at", OffsetDateTime.class);
                    return new Enrolment(rs.getBytes("code_hash"), rs.getObject("staff_id", UUID.class),
                            rs.getBytes("sealed_secret"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                            redeemed == null ? null : redeemed.toInstant());
                }).optional();
    }

    /** Drops the sealed secret: the link is used. */
    void markRedeemed(byte[] codeHash) {
        jdbc.sql("update venues_staff_enrolment set sealed_secret = null, redeemed_at = now() where code_hash = :hash")
                .param("hash", codeHash).update();
    }

    void deleteOf(UUID staffId) {
        jdbc.sql("delete from venues_staff_enrolment where staff_id = :staffId").param("staffId", staffId).update();
    }

    /** @return how many links, used or not, expired before {@code now} were deleted */
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from venues_staff_enrolment where expires_at < :now")
                .param("now", RegistrationRepository.utc(now)).update();
    }
}
