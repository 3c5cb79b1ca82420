package vn.qrqg.portal.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.sms.OneTimeCodes;
import vn.qrqg.sms.PhoneNumber;

/** The table {@code portal_sign_in}: sign-in codes, hashed, a day at most. */
@Repository
class SignInRepository {
    private final JdbcClient jdbc;

    SignInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param oldest null when {@code count} is 0 */
    record Recent(int count, Instant oldest) {
    }

    /**
     * Locks this phone's sign-ins until the end of the transaction (an advisory lock, so that two
     * requests cannot both pass the limit), then counts those since {@code since}.
     */
    Recent lockAndCountSince(PhoneNumber phone, Instant since) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "portal-sign-in:" + phone.value())
                .query(Object.class).single();
        return jdbc.sql("select count(*) as n, min(created_at) as oldest from portal_sign_in "
                        + "where phone = :phone and created_at >= :since")
                .param("phone", phone.value()).param("since", utc(since))
                .query((rs, n) -> new Recent(rs.getInt("n"), instant(rs.getObject("oldest", OffsetDateTime.class))))
                .single();
    }

    /** A new pending code; the phone's earlier pending ones are void: only the newest code works. */
    void insert(UUID id, PhoneNumber phone, byte[] codeHash, Instant expiresAt) {
        jdbc.sql("update portal_sign_in set status = 'VOID' where phone = :phone and status = 'PENDING'")
                .param("phone", phone.value()).update();
        jdbc.sql("insert into portal_sign_in (sign_in_id, phone, code_hash, code_expires_at) "
                        + "values (:id, :phone, :hash, :expires)")
                .param("id", id).param("phone", phone.value()).param("hash", codeHash).param("expires", utc(expiresAt))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from portal_sign_in where sign_in_id = :id").param("id", id).update();
    }

    /** @return how many sign-ins begun before {@code cutoff} were deleted */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from portal_sign_in where created_at < :cutoff").param("cutoff", utc(cutoff)).update();
    }

    /** The phone's newest pending code, its row locked until the end of the caller's transaction. */
    Optional<OneTimeCodes.Pending> pendingForUpdate(PhoneNumber phone) {
        return jdbc.sql("select sign_in_id, code_hash, code_expires_at, failed_attempts from portal_sign_in "
                        + "where phone = :phone and status = 'PENDING' order by created_at desc limit 1 for update")
                .param("phone", phone.value())
                .query((rs, n) -> new OneTimeCodes.Pending(rs.getObject("sign_in_id", UUID.class), rs.getBytes("code_hash"),
                        instant(rs.getObject("code_expires_at", OffsetDateTime.class)), rs.getInt("failed_attempts")))
                .optional();
    }

    /** One more wrong code; void for good when {@code close}. */
    void recordWrongCode(UUID id, boolean close) {
        jdbc.sql("update portal_sign_in set failed_attempts = failed_attempts + 1, "
                        + "status = case when :close then 'VOID' else status end where sign_in_id = :id")
                .param("id", id).param("close", close).update();
    }

    void markUsed(UUID id) {
        jdbc.sql("update portal_sign_in set status = 'USED' where sign_in_id = :id").param("id", id).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
