package vn.qrqg.codec.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The audit's chain of one UTC day (docs/audit.md): the day starts from its genesis hash, and
 * each record's hash is SHA-256 over the previous hash followed by the record's bytes. A record's
 * bytes are its kind, its place in the chain and its fields as netstrings ({@code 5:hello,}; a
 * null is {@code -,}), so that no two records share bytes and any language re-computes them.
 */
public final class AuditChain {
    /** The bytes every hash of this version starts from, with the day. */
    static final String VERSION = "qrqg-audit-chain/1";
    public static final int HASH_SIZE = 32;

    private AuditChain() {
    }

    /** The hash a day's chain starts from, before its first record. */
    public static byte[] genesis(LocalDate day) {
        return sha256((VERSION + "\n" + day + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of the record whose bytes are {@code record}, after the one whose hash is {@code previous}. */
    public static byte[] next(byte[] previous, byte[] record) {
        MessageDigest digest = digest();
        digest.update(previous);
        digest.update(record);
        return digest.digest();
    }

    /** The bytes of a read of personal data (an {@code audit_record} row), {@code seq}-th in its day. */
    public static byte[] readBytes(long seq, Instant at, String clientId, String appId, String scope, String qid,
            String documentNumber, List<String> fields, String purpose, String outcome) {
        return new Netstrings().text("read").number(seq).number(micros(at)).text(clientId).text(appId).text(scope)
                .text(qid).text(documentNumber).list(fields).text(purpose).text(outcome).bytes();
    }

    /** The bytes of an operator's or the platform's privileged action (an {@code audit_admin_action} row). */
    public static byte[] adminActionBytes(long seq, Instant at, String actor, String action, List<String> subjects,
            String summary) {
        return new Netstrings().text("admin").number(seq).number(micros(at)).text(actor).text(action).list(subjects)
                .text(summary).bytes();
    }

    /** Microseconds since the epoch: what PostgreSQL keeps of a time. */
    static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) { // every JDK has it
            throw new IllegalStateException(e);
        }
    }

    /** D. J. Bernstein's netstrings: the length in bytes, a colon, the bytes, a comma. */
    private static final class Netstrings {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        Netstrings text(String value) {
            if (value == null) {
                out.writeBytes(new byte[] {'-', ','});
                return this;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
            out.write(',');
            return this;
        }

        Netstrings number(long value) {
            return text(Long.toString(value));
        }

        /** The count, then each element. */
        Netstrings list(List<String> values) {
            number(values.size());
            values.forEach(this::text);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
