package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the {@code HC1:} text of a certificate: the hcert payload in a CWT (deterministic CBOR),
 * signed as COSE_Sign1 with the key id in the protected header, zlib-compressed, Base45-encoded,
 * prefixed. The platform's issuing calls it; it checks nothing of the payload (validate a payload
 * with {@link DccVerifier} or the builders of {@link DccPayload}).
 */
public final class DccIssuer {
    private DccIssuer() {
    }

    public static String sign(JsonNode payload, CwtClaims claims, DccSigningKey key) {
        return sign(payload, claims, key, true);
    }

    /** As {@link #sign(JsonNode, CwtClaims, DccSigningKey)}, the key id in the protected header or not. */
    static String sign(JsonNode payload, CwtClaims claims, DccSigningKey key, boolean kidProtected) {
        return text(signCose(cwt(payload, claims), key, kidProtected));
    }

    static byte[] signCose(byte[] cwt, DccSigningKey key, boolean kidProtected) {
        byte[] protectedBytes = Cose.protectedHeader(key.algorithm().equals("ES256") ? Cose.ES256 : Cose.PS256,
                key.kid(), kidProtected);
        byte[] signature = key.sign(Cose.toBeSigned(protectedBytes, cwt));
        return Cose.message(protectedBytes, key.kid(), kidProtected, cwt, signature);
    }

    /** {@code HC1:} + Base45(zlib(message)). */
    static String text(byte[] coseMessage) {
        return DccDecoder.PREFIX + Base45.encode(Zlib.deflate(coseMessage));
    }

    /** The CWT claims map: {@code {1: iss, 4: exp, 6: iat, -260: {1: payload}}}. */
    static byte[] cwt(JsonNode payload, CwtClaims claims) {
        List<byte[][]> entries = new ArrayList<>();
        if (claims.issuer() != null) {
            ByteArrayOutputStream iss = new ByteArrayOutputStream();
            Cbor.text(iss, claims.issuer());
            entries.add(new byte[][] {Cose.encodeInt(1), iss.toByteArray()});
        }
        entries.add(new byte[][] {Cose.encodeInt(4), Cose.encodeInt(claims.expiresAt().getEpochSecond())});
        entries.add(new byte[][] {Cose.encodeInt(6), Cose.encodeInt(claims.issuedAt().getEpochSecond())});
        ByteArrayOutputStream hcert = new ByteArrayOutputStream();
        List<byte[][]> inner = new ArrayList<>();
        inner.add(new byte[][] {Cose.encodeInt(1), Cbor.encode(payload)});
        Cbor.map(hcert, inner);
        entries.add(new byte[][] {Cose.encodeInt(-260), hcert.toByteArray()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cbor.map(out, entries);
        return out.toByteArray();
    }
}
