package vn.qrqg.issuance.citizens;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.sms.OneTimeCodes;

/** The table {@code issuance_challenge}: codes sent to a person's registry phone, and the declaration each completes. */
@Repository
class ChallengeRepository {
    private final JdbcClient jdbc;

    ChallengeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending challenge, its row locked until the caller's transaction ends. */
    record Pending(OneTimeCodes.Pending code, byte[] declarationSealed) {
    }

    void insert(UUID id, UUID appId, String account, byte[] declarationSealed, byte[] codeHash, Instant expiresAt) {
        jdbc.sql("""
                insert into issuance_challenge (challenge_id, app_id, account, declaration_sealed, code_hash, code_expires_at)
                values (:id, :appId, :account, :declaration, :hash, :expires)""")
                .param("id", id).param("appId", appId).param("account", account)
                .param("declaration", declarationSealed).param("hash", codeHash)
                .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC)).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from issuance_challenge where challenge_id = :id").param("id", id).update();
    }

    /** The challenge if this app and account started it and it was not completed; locked. */
    Optional<Pending> forUpdate(UUID id, UUID appId, String account) {
        return jdbc.sql("""
                select challenge_id, declaration_sealed, code_hash, code_expires_at, failed_attempts
                from issuance_challenge
                where challenge_id = :id and app_id = :appId and account = :account and status <> 'USED'
                for update""")
                .param("id", id).param("appId", appId).param("account", account)
                .query((rs, n) -> new Pending(new OneTimeCodes.Pending(rs.getObject("challenge_id", UUID.class),
                        rs.getBytes("code_hash"), rs.getObject("code_expires_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("failed_attempts")), rs.getBytes("declaration_sealed")))
                .optional();
    }

    /** One more wrong code; void for good when {@code close}. */
    void recordWrongCode(UUID id, boolean close) {
        jdbc.sql("""
                update issuance_challenge set failed_attempts = failed_attempts + 1,
                    status = case when :close then 'VOID' else status end
                where challenge_id = :id""")
                .param("id", id).param("close", close).update();
    }

    void markUsed(UUID id) {
        jdbc.sql("update issuance_challenge set status = 'USED' where challenge_id = :id").param("id", id).update();
    }

    /** @return how many challenges older than {@code cutoff} were deleted */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from issuance_challenge where created_at < :cutoff")
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
    }
}
