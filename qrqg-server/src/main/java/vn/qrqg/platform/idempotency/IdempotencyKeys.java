package vn.qrqg.platform.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * All of {@code platform_idempotency}'s SQL: claiming a key for a first request, keeping its answer
 * (sealed), and what a repeat finds. Each statement commits on its own, outside the write's
 * transaction, so that a concurrent repeat sees the claim at once; always on the primary, never a
 * read replica ({@link vn.qrqg.platform.database.ReplicaReads}), for the same reason.
 */
class IdempotencyKeys {
    /** What a request with a key finds. */
    sealed interface Claim {
    }

    /** The key is this request's: run it. */
    record Claimed(byte[] caller, byte[] keyHash) implements Claim {
    }

    /** The key's first request is still running. */
    record InProgress() implements Claim {
    }

    /** The key came with another request. */
    record OtherRequest() implements Claim {
    }

    /** The key's first request was answered so. */
    record Answered(StoredAnswer answer) implements Claim {
    }

    private final JdbcClient jdbc;
    private final KeySealer sealer;
    private final IdempotencyProperties properties;

    IdempotencyKeys(JdbcClient jdbc, KeySealer sealer, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.properties = properties;
    }

    Claim claim(byte[] caller, byte[] keyHash, byte[] requestHash, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = jdbc.sql("""
                    insert into platform_idempotency (caller, key_hash, request_hash, started_at)
                    values (:caller, :key, :request, :now) on conflict do nothing""")
                    .param("caller", caller).param("key", keyHash).param("request", requestHash)
                    .param("now", Timestamp.from(now)).update();
            if (inserted == 1) {
                return new Claimed(caller, keyHash);
            }
            Optional<Row> found = jdbc.sql("""
                    select request_hash, started_at, answer from platform_idempotency
                    where caller = :caller and key_hash = :key""")
                    .param("caller", caller).param("key", keyHash)
                    .query((rs, n) -> new Row(rs.getBytes(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3)))
                    .optional();
            if (found.isEmpty()) {
                continue; // released meanwhile: claim it again
            }
            Row row = found.get();
            if (row.outlived(now, properties)) {
                jdbc.sql("delete from platform_idempotency where caller = :caller and key_hash = :key and started_at = :at")
                        .param("caller", caller).param("key", keyHash).param("at", Timestamp.from(row.startedAt()))
                        .update();
                continue;
            }
            if (!Arrays.equals(row.requestHash(), requestHash)) {
                return new OtherRequest();
            }
            if (row.answer() == null) {
                return new InProgress();
            }
            return new Answered(StoredAnswer.fromBytes(sealer.unseal(boundTo(caller, keyHash), row.answer())));
        }
        return new InProgress();
    }

    /** Keeps the first answer of a claimed key. */
    void answer(Claimed claim, StoredAnswer answer) {
        jdbc.sql("update platform_idempotency set answer = :answer where caller = :caller and key_hash = :key")
                .param("answer", sealer.seal(boundTo(claim.caller(), claim.keyHash()), answer.toBytes()))
                .param("caller", claim.caller()).param("key", claim.keyHash()).update();
    }

    /** Lets the key go: the request stored nothing, so a retry runs it afresh. */
    void release(Claimed claim) {
        jdbc.sql("delete from platform_idempotency where caller = :caller and key_hash = :key and answer is null")
                .param("caller", claim.caller()).param("key", claim.keyHash()).update();
    }

    /** @return how many keys past their retention were deleted */
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from platform_idempotency where started_at < :before")
                .param("before", Timestamp.from(now.minus(properties.retention()))).update();
    }

    /** The sealed answer is bound to its row: copied into another, it does not unseal. */
    private static String boundTo(byte[] caller, byte[] keyHash) {
        return "idempotency:" + HexFormat.of().formatHex(caller) + ":" + HexFormat.of().formatHex(keyHash);
    }

    private record Row(byte[] requestHash, Instant startedAt, byte[] answer) {
        boolean outlived(Instant now, IdempotencyProperties properties) {
            Duration age = Duration.between(startedAt, now);
            return age.compareTo(properties.retention()) >= 0
                    || answer == null && age.compareTo(properties.abandonedAfter()) >= 0;
        }
    }
}
