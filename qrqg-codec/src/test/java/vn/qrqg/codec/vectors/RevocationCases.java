package vn.qrqg.codec.vectors;

import static vn.qrqg.codec.vectors.PersonalCases.BINH_FULL;
import static vn.qrqg.codec.vectors.PersonalCases.HAN_FULL;
import static vn.qrqg.codec.vectors.PersonalCases.HAN_MASKED;
import static vn.qrqg.codec.vectors.PersonalCases.QID_BINH;
import static vn.qrqg.codec.vectors.PersonalCases.QID_HAN;
import static vn.qrqg.codec.vectors.PersonalCases.signed;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qrqg.codec.signature.InMemorySigner;

/**
 * Revocation lists (FORMATS.md §4): one key, a whole list at crlVersion 2 and a delta from 2 to 3.
 * Han lost her phone: her QR v2 (both forms) is revoked, v1 superseded, v3 (the very same texts
 * signed again) valid; Binh's QR v1 is revoked in the delta only. Ids are computed here from the
 * contract's words (SHA-256 over r‖low-s, first 8 bytes), not by the codec.
 */
final class RevocationCases {
    static final String TRUST_LIST = "revocations";
    static final String WHOLE = "revocation-lists/whole.json";
    static final String DELTA = "revocation-lists/delta-2-3.json";
    static final BigInteger N = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    final InMemorySigner key;
    final String hanOld;
    final String hanLostFull;
    final String hanLostMasked;
    final String hanNewFull;
    final String binhLost;

    RevocationCases(InMemorySigner key) {
        this.key = key;
        hanOld = signed(HAN_FULL, key);
        hanLostFull = signed(HAN_FULL, key);
        hanLostMasked = signed(HAN_MASKED, key);
        hanNewFull = signed(HAN_FULL, key);
        binhLost = signed(BINH_FULL, key);
    }

    /** The whole list at crlVersion 2. */
    Map<String, Object> whole() {
        Map<String, Object> list = head(2);
        list.put("revoked", List.of(id(hanLostFull), id(hanLostMasked)));
        list.put("superseded", List.of(id(hanOld)));
        return list;
    }

    /** What was added after 2, up to 3. */
    Map<String, Object> delta() {
        Map<String, Object> list = head(3);
        list.put("since", 2);
        list.put("revoked", List.of(id(binhLost)));
        list.put("superseded", List.of());
        return list;
    }

    List<VectorCase> all() {
        List<String> both = List.of(WHOLE, DELTA);
        List<VectorCase> cases = new ArrayList<>();
        cases.add(scan("revoked-full", "A lost phone's QR, full form, named revoked by the list", hanLostFull, both)
                .expect("outcome", "REVOKED").expect("kind", "PERSONAL").expect("keyId", key.keyId()));
        cases.add(scan("revoked-masked", "The masked form of the same revoked version, its own entry", hanLostMasked, both)
                .expect("outcome", "REVOKED").expect("kind", "PERSONAL").expect("keyId", key.keyId()));
        cases.add(scan("revoked-other-spelling", "The revoked QR with s re-encoded as n - s: it still verifies, and is "
                + "still revoked, since ids hash the normalised (low-S) signature", otherSpelling(hanLostFull), both)
                .expect("outcome", "REVOKED").expect("kind", "PERSONAL").expect("keyId", key.keyId()));
        cases.add(scan("revoked-tampered", "A revoked QR altered: the signature is checked before the list",
                hanLostFull.replace("1993-01-18", "1993-01-19"), both)
                .expect("outcome", "INVALID_SIGNATURE").expect("kind", "PERSONAL").expect("keyId", key.keyId()));
        cases.add(scan("superseded-full", "An older version the list names superseded: the person is identified",
                hanOld, both).expect("outcome", "SUPERSEDED").expect("kind", "PERSONAL").expect("keyId", key.keyId())
                .expect("form", "FULL").expect("fields", PersonalCases.fields("001193029317", "NGUYEN LE KHA HAN",
                        "1993-01-18", "0", QID_HAN, "", "2", "DN4017915019812", "0912345678")));
        cases.add(scan("reissued-after-revocation", "The same text signed again after the revocation: valid", hanNewFull, both)
                .expect("outcome", "VALID").expect("kind", "PERSONAL").expect("keyId", key.keyId()).expect("form", "FULL")
                .expect("fields", PersonalCases.fields("001193029317", "NGUYEN LE KHA HAN", "1993-01-18", "0", QID_HAN, "",
                        "2", "DN4017915019812", "0912345678")));
        cases.add(scan("revoked-in-delta", "Revoked after the whole list was made: the delta names it", binhLost, both)
                .expect("outcome", "REVOKED").expect("kind", "PERSONAL").expect("keyId", key.keyId()));
        cases.add(scan("revoked-in-delta-not-synced", "The same QR to a reader that has only the whole list", binhLost,
                List.of(WHOLE)).expect("outcome", "VALID").expect("kind", "PERSONAL").expect("keyId", key.keyId())
                .expect("form", "FULL").expect("fields", PersonalCases.fields("123456789", "TRAN VAN BINH", "1950-00-00",
                        "0", QID_BINH, "", "0", "", "")));
        cases.add(VectorCase.revocationId("revocation-id", "The id of a QR in a revocation list", hanLostFull)
                .expect("id", id(hanLostFull)));
        cases.add(VectorCase.revocationId("revocation-id-other-spelling", "The other spelling of the same signature has "
                + "the same id", otherSpelling(hanLostFull)).expect("id", id(hanLostFull)));
        return cases;
    }

    private VectorCase scan(String id, String description, String input, List<String> lists) {
        VectorCase c = VectorCase.scan(id, description, input, TRUST_LIST);
        c.json.put("revocationLists", lists);
        return c;
    }

    private Map<String, Object> head(long crlVersion) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("format", "qrqg-revocations/1");
        list.put("kid", key.keyId());
        list.put("crlVersion", crlVersion);
        return list;
    }

    /** The contract's id: SHA-256 over r‖s with s replaced by n - s when s > n/2, first 8 bytes, base64url. */
    static String id(String qr) {
        byte[] raw = Base64.getUrlDecoder().decode(qr.substring(qr.length() - 86));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
        if (s.compareTo(N.shiftRight(1)) > 0) {
            raw = withS(raw, N.subtract(s));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same QR with s replaced by n - s: ECDSA's other valid signature, made without the key. */
    static String otherSpelling(String qr) {
        byte[] raw = Base64.getUrlDecoder().decode(qr.substring(qr.length() - 86));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
        return qr.substring(0, qr.length() - 86) + Base64.getUrlEncoder().withoutPadding().encodeToString(withS(raw, N.subtract(s)));
    }

    private static byte[] withS(byte[] raw, BigInteger s) {
        byte[] copy = raw.clone();
        byte[] bytes = s.toByteArray();
        Arrays.fill(copy, 32, 64, (byte) 0);
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, copy, 64 - length, length);
        return copy;
    }
}
