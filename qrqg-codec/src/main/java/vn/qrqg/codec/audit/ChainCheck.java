package vn.qrqg.codec.audit;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Re-computes one day's chain from its records, in the order of their place in it, and finds the
 * first that does not fit (docs/audit.md): a record changed, removed or inserted. Fed one record
 * at a time, so a day of millions of records needs no more memory than one. Not thread-safe.
 */
public final class ChainCheck {

    /** What kind of tampering a break shows. */
    public enum Kind {
        /** the record's content no longer gives its hash: changed (or put in the place of another) */
        CHANGED,
        /** records are missing where this one stands, or after the last one */
        REMOVED,
        /** a record the chain has no place for: a place taken twice, one past the signed head, or none */
        INSERTED,
        /** every record fits, yet the chain does not end at the signed head: rewritten with new hashes */
        REWRITTEN
    }

    /**
     * The first record that does not fit.
     *
     * @param seq its place in the chain as stored, or the place where records are missing
     * @param record the caller's words for the record (its id, who read, when), or null at the end
     */
    public record Break(Kind kind, long seq, String record, String detail) {
    }

    private final SignedHead signed;
    private byte[] hash;
    private long records;
    private Break found;

    /**
     * @param signed the day's signed head, already verified by the caller; null for a day not sealed
     *        yet, whose chain is checked as far as it goes
     */
    public ChainCheck(LocalDate day, SignedHead signed) {
        if (signed != null && !signed.day().equals(day)) {
            throw new IllegalArgumentException("the head of " + signed.day() + " does not end " + day);
        }
        this.signed = signed;
        this.hash = AuditChain.genesis(day);
    }

    /**
     * The next record, as stored: its place {@code seq} (null for a record outside the chain), its
     * bytes ({@link AuditChain#readBytes}, {@link AuditChain#adminActionBytes}) and its stored hash.
     *
     * @return the first break, once found; later records are not looked at
     */
    public Optional<Break> add(Long seq, byte[] bytes, byte[] storedHash, String record) {
        if (found != null) {
            return Optional.of(found);
        }
        long expected = records + 1;
        if (seq == null) {
            return fail(Kind.INSERTED, expected, record, "it has no place in the chain: it was not written by the platform's audit writer");
        }
        if (seq < expected) {
            return fail(Kind.INSERTED, seq, record, "place " + seq + " is taken twice: one of the two was inserted");
        }
        if (seq > expected) {
            return fail(Kind.REMOVED, expected, record, seq == expected + 1
                    ? "the record at place " + expected + ", before this one, is missing"
                    : "the records at places " + expected + " to " + (seq - 1) + ", before this one, are missing");
        }
        if (signed != null && seq > signed.records()) {
            return fail(Kind.INSERTED, seq, record, "the signed head counts " + signed.records()
                    + " records: this one was added after the day was sealed");
        }
        byte[] next = AuditChain.next(hash, bytes);
        if (storedHash == null || !MessageDigest.isEqual(next, storedHash)) {
            return fail(Kind.CHANGED, seq, record, "its content does not give its hash: it was changed");
        }
        hash = next;
        records = seq;
        return Optional.empty();
    }

    /** After the last record: the first break, if any, including the end not matching the signed head. */
    public Optional<Break> end() {
        if (found != null || signed == null) {
            return Optional.ofNullable(found);
        }
        if (records < signed.records()) {
            return fail(Kind.REMOVED, records + 1, null, "the signed head counts " + signed.records()
                    + " records; the chain ends after " + records);
        }
        if (!MessageDigest.isEqual(hash, signed.head())) {
            return fail(Kind.REWRITTEN, records, null, "every record fits the chain, yet it does not end at the signed "
                    + "head: the records were rewritten together with their hashes");
        }
        return Optional.empty();
    }

    /** Records that fit so far. */
    public long records() {
        return records;
    }

    /** The hash of the last record that fits (the genesis when none does). */
    public byte[] hash() {
        return hash.clone();
    }

    private Optional<Break> fail(Kind kind, long seq, String record, String detail) {
        found = new Break(kind, seq, record, detail);
        return Optional.of(found);
    }
}
