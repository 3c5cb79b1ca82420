package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * COSE_Sign1 (RFC 9052 §4.2) as the hcert specification uses it: {@code [protected bstr,
 * unprotected map, payload bstr, signature bstr]}, optionally tagged 18 (and, tolerated, inside a
 * CWT tag 61). Written by hand on the CBOR library: the one Java COSE library (cose-java) has had no
 * release since 2019 and pulls an old CBOR library of its own; a COSE_Sign1 is these few lines.
 */
final class Cose {
    static final int ES256 = -7;
    static final int PS256 = -37;
    private static final int ALG = 1;
    private static final int KID = 4;
    private static final int TAG_SIGN1 = 0xD2; // tag 18
    private static final int ARRAY_OF_4 = 0x84;

    private Cose() {
    }

    /** A parsed COSE_Sign1: the protected header's bytes as signed, the headers, payload and signature. */
    record Sign1(byte[] protectedBytes, CoseHeader header, byte[] payload, byte[] signature) {
    }

    /** The message in {@code bytes}; {@link IllegalArgumentException} naming what is missing or wrong. */
    static Sign1 parse(byte[] bytes) {
        int start = 0;
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xD8 && bytes[1] == 61) {
            start = 2; // CWT tag: tolerated, some early issuers wrapped the message in it
        }
        if (bytes.length > start && (bytes[start] & 0xFF) == TAG_SIGN1) {
            start++;
        }
        if (bytes.length <= start || (bytes[start] & 0xFF) != ARRAY_OF_4) {
            throw new IllegalArgumentException("not a COSE_Sign1: an array of 4 (optionally tagged 18) expected");
        }
        JsonNode array;
        try {
            array = Cbor.read(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        } catch (IOException e) {
            throw new IllegalArgumentException("COSE_Sign1 is not well-formed CBOR: " + Reasons.of(e));
        }
        JsonNode protectedNode = array.get(0);
        JsonNode unprotected = array.get(1);
        JsonNode payload = array.get(2);
        JsonNode signature = array.get(3);
        if (!protectedNode.isBinary() || !unprotected.isObject() || !payload.isBinary() || !signature.isBinary()) {
            throw new IllegalArgumentException("COSE_Sign1 must be [bstr, map, bstr, bstr]");
        }
        byte[] protectedBytes = binary(protectedNode);
        JsonNode protectedHeader = protectedBytes.length == 0 ? Cbor.JSON.createObjectNode() : protectedMap(protectedBytes);
        return new Sign1(protectedBytes, header(protectedHeader, unprotected), binary(payload), binary(signature));
    }

    private static JsonNode protectedMap(byte[] bytes) {
        try {
            JsonNode map = Cbor.read(bytes);
            if (!map.isObject()) {
                throw new IllegalArgumentException("COSE protected header is not a map");
            }
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException("COSE protected header is not well-formed CBOR: " + Reasons.of(e));
        }
    }

    private static CoseHeader header(JsonNode protectedHeader, JsonNode unprotected) {
        JsonNode alg = protectedHeader.get(String.valueOf(ALG));
        if (alg == null) {
            throw new IllegalArgumentException("COSE protected header has no algorithm (label 1)");
        }
        String algorithm = switch (alg.isIntegralNumber() ? alg.intValue() : 0) {
            case ES256 -> "ES256";
            case PS256 -> "PS256";
            default -> throw new IllegalArgumentException("COSE algorithm " + alg + " is neither ES256 (-7) nor PS256 (-37)");
        };
        JsonNode kid = protectedHeader.get(String.valueOf(KID));
        boolean kidProtected = kid != null;
        if (kid == null) {
            kid = unprotected.get(String.valueOf(KID)); // the specification allows either header
        }
        if (kid == null || !kid.isBinary() || binary(kid).length == 0) {
            throw new IllegalArgumentException("COSE headers have no key id (label 4, a byte string)");
        }
        return new CoseHeader(algorithm, binary(kid), kidProtected);
    }

    /** The bytes that are signed: {@code ["Signature1", protected, h'', payload]} (RFC 9052 §4.4). */
    static byte[] toBeSigned(byte[] protectedBytes, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + protectedBytes.length + 20);
        Cbor.head(out, 4, 4);
        Cbor.text(out, "Signature1");
        Cbor.bytes(out, protectedBytes);
        Cbor.bytes(out, new byte[0]);
        Cbor.bytes(out, payload);
        return out.toByteArray();
    }

    /** The protected header's bytes: the algorithm, and the key id when it goes there. */
    static byte[] protectedHeader(int algorithm, byte[] kid, boolean kidProtected) {
        List<byte[][]> entries = new ArrayList<>();
        entries.add(new byte[][] {encodeInt(ALG), encodeInt(algorithm)});
        if (kidProtected) {
            entries.add(new byte[][] {encodeInt(KID), encodeBytes(kid)});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cbor.map(out, entries);
        return out.toByteArray();
    }

    /** The tagged COSE_Sign1 of already-signed parts. */
    static byte[] message(byte[] protectedBytes, byte[] kid, boolean kidProtected, byte[] payload, byte[] signature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + signature.length + 40);
        out.write(TAG_SIGN1);
        Cbor.head(out, 4, 4);
        Cbor.bytes(out, protectedBytes);
        List<byte[][]> unprotected = new ArrayList<>();
        if (!kidProtected) {
            unprotected.add(new byte[][] {encodeInt(KID), encodeBytes(kid)});
        }
        Cbor.map(out, unprotected);
        Cbor.bytes(out, payload);
        Cbor.bytes(out, signature);
        return out.toByteArray();
    }

    static byte[] encodeInt(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(9);
        Cbor.integer(out, value);
        return out.toByteArray();
    }

    static byte[] encodeBytes(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 9);
        Cbor.bytes(out, value);
        return out.toByteArray();
    }

    static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
