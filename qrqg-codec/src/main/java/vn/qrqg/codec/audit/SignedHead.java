package vn.qrqg.codec.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.signature.ChuKy;
import vn.qrqg.codec.signature.SignatureVerifier;
import vn.qrqg.codec.signature.Signer;
import vn.qrqg.codec.signature.TrustList;

/**
 * A day's head, as the platform signs and publishes it once no record can join the day
 * (docs/audit.md): how many records the day's chain holds, the hash of its last one (its genesis
 * when it has none), and the head of the day sealed before it, so that the heads form a chain too.
 *
 * @param previous the head of the latest day sealed before this one; null for the first
 * @param signature {@code KID.SIG}, as a QR's {@code ChuKy}, over {@link #payload()}
 */
public record SignedHead(LocalDate day, long records, byte[] head, byte[] previous, String signature) {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public SignedHead {
        Objects.requireNonNull(day, "day");
        if (records < 0) {
            throw new IllegalArgumentException("records must be 0 or more");
        }
        head = checkedHash(head, "head");
        previous = previous == null ? null : checkedHash(previous, "previous");
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public byte[] previous() {
        return previous == null ? null : previous.clone();
    }

    /** The head of {@code day}, signed now by {@code signer}. */
    public static SignedHead sign(LocalDate day, long records, byte[] head, byte[] previous, Signer signer) {
        byte[] payload = payload(day, records, head, previous);
        return new SignedHead(day, records, head, previous, ChuKy.of(signer.keyId(), signer.sign(payload)).toString());
    }

    /**
     * The bytes signed: five lines of UTF-8, each ended by a line feed ({@code qrqg-audit-head/1},
     * {@code day=}, {@code records=}, {@code head=} and {@code previous=}, hashes in base64url
     * without padding, an empty {@code previous=} for the first day).
     */
    public byte[] payload() {
        return payload(day, records, head, previous);
    }

    /**
     * Whether the signature verifies under {@code trustList}: {@code VALID}, or why not
     * ({@code UNKNOWN_KEY}, {@code REVOKED_KEY}, {@code INVALID_SIGNATURE}, {@code MALFORMED}).
     */
    public ScanOutcome verify(TrustList trustList) {
        ChuKy chuKy;
        try {
            chuKy = ChuKy.parse(signature);
        } catch (RuntimeException e) {
            return ScanOutcome.MALFORMED;
        }
        return SignatureVerifier.verify(chuKy, payload(), trustList);
    }

    /** The id of the key that signed, or null when the signature is not {@code KID.SIG}. */
    public String keyId() {
        int dot = signature == null ? -1 : signature.indexOf('.');
        return dot < 0 ? null : signature.substring(0, dot);
    }

    public static String text(byte[] hash) {
        return hash == null ? "" : BASE64URL.encodeToString(hash);
    }

    private static byte[] payload(LocalDate day, long records, byte[] head, byte[] previous) {
        String text = "qrqg-audit-head/1\nday=" + day + "\nrecords=" + records + "\nhead=" + text(head)
                + "\nprevious=" + text(previous) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] checkedHash(byte[] hash, String name) {
        if (hash == null || hash.length != AuditChain.HASH_SIZE) {
            throw new IllegalArgumentException(name + " must be a 32-byte SHA-256 hash");
        }
        return hash.clone();
    }
}
