package vn.qrqg.codec.signature;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.qrqg.codec.ScanOutcome;

/** Signs QR texts and checks their {@code ChuKy} against a trust list (FORMATS.md §1 and §4). */
public final class SignatureVerifier {
    private SignatureVerifier() {
    }

    /**
     * The outcome of checking {@code chuKy} over {@code signedBytes}: {@code UNKNOWN_KEY} when the
     * list lacks its kid, {@code REVOKED_KEY} when the key is revoked (whatever the signature),
     * {@code INVALID_SIGNATURE} when it does not verify, else {@code VALID}; a retired key still
     * verifies the QRs it signed. Never throws: a missing {@code chuKy} is {@code MALFORMED}, a
     * missing trust list knows no key, missing bytes do not verify.
     */
    public static ScanOutcome verify(ChuKy chuKy, byte[] signedBytes, TrustList trustList) {
        ScanOutcome byKey = keyOutcome(chuKy, trustList);
        if (byKey != ScanOutcome.VALID) {
            return byKey;
        }
        try {
            boolean valid = EcdsaP256.verify(trustList.entry(chuKy.keyId()).nativeKey(), signedBytes, chuKy.signature());
            return valid ? ScanOutcome.VALID : ScanOutcome.INVALID_SIGNATURE;
        } catch (RuntimeException e) { // defensive: a scanner must get an outcome, not a stack trace
            return ScanOutcome.INVALID_SIGNATURE;
        }
    }

    /**
     * What {@code chuKy}'s key alone says, before any signature is checked: {@code MALFORMED}
     * without a {@code chuKy}, {@code UNKNOWN_KEY} when the list lacks its kid, {@code REVOKED_KEY}
     * when the key is revoked, else {@code VALID} (the key would verify). Never throws.
     */
    public static ScanOutcome keyOutcome(ChuKy chuKy, TrustList trustList) {
        if (chuKy == null) {
            return ScanOutcome.MALFORMED;
        }
        TrustList.Entry entry = trustList == null ? null : trustList.entry(chuKy.keyId());
        if (entry == null) {
            return ScanOutcome.UNKNOWN_KEY;
        }
        return entry.key().status() == KeyStatus.REVOKED ? ScanOutcome.REVOKED_KEY : ScanOutcome.VALID;
    }

    /**
     * The {@code ChuKy} text ({@code KID.SIG}) over the UTF-8 bytes of {@code unsignedText}, which
     * is the QR text up to and including the {@code <} before {@code ChuKy}; the caller appends
     * the result to it.
     */
    public static String sign(Signer signer, String unsignedText) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(unsignedText, "unsignedText");
        if (!unsignedText.endsWith("<")) { // the '<' before ChuKy is signed too; without it no reader verifies
            throw new IllegalArgumentException("the signed text must end with the '<' in front of ChuKy");
        }
        byte[] signature = signer.sign(unsignedText.getBytes(StandardCharsets.UTF_8));
        String keyId = signer.keyId();
        if (!KeyIds.isWellFormed(keyId) || signature == null || signature.length != EcdsaDer.RAW_SIZE) {
            throw new IllegalStateException(signer + " returned key id " + keyId + " and "
                    + (signature == null ? "no signature" : signature.length + " signature bytes")
                    + "; expected 8 base64url characters and 64 bytes of raw r‖s");
        }
        return ChuKy.of(keyId, signature).toString();
    }
}
