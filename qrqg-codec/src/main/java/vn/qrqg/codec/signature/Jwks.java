package vn.qrqg.codec.signature;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes trust lists as JSON Web Key Sets (RFC 7517, EC keys per RFC 7518 §6.2.1). */
final class Jwks {
    private static final JSON READER = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS);
    private static final JSON WRITER = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private Jwks() {
    }

    static String write(TrustList list) {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (TrustedKey key : list.keys()) {
            Map<String, Object> jwk = new LinkedHashMap<>();
            jwk.put("kty", "EC");
            jwk.put("crv", "P-256");
            jwk.put("kid", key.kid());
            jwk.put("x", Base64Url.encode(P256.toFixedBytes(key.publicKey().getW().getAffineX())));
            jwk.put("y", Base64Url.encode(P256.toFixedBytes(key.publicKey().getW().getAffineY())));
            jwk.put("status", key.status().jwkValue());
            list.crlVersion(key.kid()).ifPresent(version -> jwk.put("crlVersion", version));
            keys.add(jwk);
        }
        try {
            return WRITER.asString(Map.of("keys", keys)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("writing a JWKS to a string cannot fail", e);
        }
    }

    static TrustList read(String json) {
        Object keys = parse(json).get("keys");
        if (keys == null) {
            throw new TrustListException("the JWKS has no \"keys\" array");
        }
        if (!(keys instanceof List<?> elements)) {
            throw new TrustListException("the JWKS member \"keys\" is not an array");
        }
        List<TrustedKey> trusted = new ArrayList<>();
        Map<String, Long> crlVersions = new HashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            TrustedKey key = readKey(elements.get(i), "keys[" + i + "]");
            Integer earlier = firstIndex.putIfAbsent(key.kid(), i);
            if (earlier != null) {
                throw new TrustListException("keys[" + i + "].kid: duplicate kid \"" + key.kid()
                        + "\", already used by keys[" + earlier + "]");
            }
            trusted.add(key);
            Long crlVersion = crlVersion(elements.get(i), "keys[" + i + "]");
            if (crlVersion != null) {
                crlVersions.put(key.kid(), crlVersion);
            }
        }
        TrustList list = TrustList.of(trusted);
        for (Map.Entry<String, Long> announced : crlVersions.entrySet()) {
            list = list.withCrlVersion(announced.getKey(), announced.getValue());
        }
        return list;
    }

    private static Map<String, Object> parse(String json) {
        if (json == null) {
            throw new TrustListException("the JWKS is null");
        }
        Map<String, Object> root;
        boolean trailing;
        try (JsonParser parser = READER.createParser(json)) {
            root = READER.mapFrom(parser);
            trailing = root != null && parser.nextToken() != null; // jackson-jr alone ignores what follows
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new TrustListException("the JWKS is not valid JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException | RuntimeException e) {
            throw new TrustListException("the JWKS is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new TrustListException("the JWKS is the JSON null, not an object");
        }
        if (trailing) {
            throw new TrustListException("the JWKS is not valid JSON: content after the closing '}'");
        }
        return root;
    }

    private static TrustedKey readKey(Object element, String where) {
        if (!(element instanceof Map<?, ?> jwk)) {
            throw new TrustListException(where + " is not a JSON object");
        }
        requireValue(jwk, "kty", "EC", where);
        requireValue(jwk, "crv", "P-256", where);
        String kid = string(jwk, "kid", where);
        if (!KeyIds.isWellFormed(kid)) {
            throw new TrustListException(where + ".kid \"" + kid + "\" is not 8 base64url characters");
        }
        BigInteger x = coordinate(jwk, "x", where);
        BigInteger y = coordinate(jwk, "y", where);
        if (!P256.isOnCurve(x, y)) {
            throw new TrustListException(where + ": the point (x, y) is not on the P-256 curve");
        }
        ECPublicKey publicKey;
        try {
            publicKey = P256.publicKey(x, y);
        } catch (IllegalArgumentException e) {
            throw new TrustListException(where + ": " + e.getMessage(), e);
        }
        String derived = KeyIds.of(publicKey);
        if (!derived.equals(kid)) {
            throw new TrustListException(where + ".kid \"" + kid + "\" does not match the key's (x, y), whose kid is \""
                    + derived + "\"");
        }
        return new TrustedKey(kid, publicKey, status(jwk, where));
    }

    /** The key's revocation list counter (FORMATS.md §4), or null when it announces none. */
    private static Long crlVersion(Object element, String where) {
        Object value = ((Map<?, ?>) element).get("crlVersion");
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0) {
            throw new TrustListException(where + ".crlVersion is not a whole number from 0");
        }
        return ((Number) value).longValue();
    }

    private static KeyStatus status(Map<?, ?> jwk, String where) {
        Object value = jwk.get("status");
        if (value != null && !(value instanceof String)) {
            throw new TrustListException(where + ".status is not a string");
        }
        try {
            return KeyStatus.fromJwk((String) value);
        } catch (TrustListException e) {
            throw new TrustListException(where + ".status: " + e.getMessage(), e);
        }
    }

    private static void requireValue(Map<?, ?> jwk, String member, String expected, String where) {
        String value = string(jwk, member, where);
        if (!expected.equals(value)) {
            throw new TrustListException(where + "." + member + " is \"" + value + "\"; only \"" + expected + "\" is allowed");
        }
    }

    private static String string(Map<?, ?> jwk, String member, String where) {
        Object value = jwk.get(member);
        if (value == null) {
            throw new TrustListException(where + " has no \"" + member + "\" member");
        }
        if (!(value instanceof String text)) {
            throw new TrustListException(where + "." + member + " is not a string");
        }
        return text;
    }

    /** A coordinate: exactly 32 bytes, unpadded canonical base64url (RFC 7518 §6.2.1.2). */
    private static BigInteger coordinate(Map<?, ?> jwk, String member, String where) {
        String text = string(jwk, member, where);
        byte[] bytes = Base64Url.decodeOrNull(text);
        if (bytes == null) {
            throw new TrustListException(where + "." + member + " is not unpadded base64url");
        }
        if (bytes.length != P256.SIZE) {
            throw new TrustListException(where + "." + member + " is " + bytes.length + " bytes; a P-256 coordinate is "
                    + P256.SIZE);
        }
        return new BigInteger(1, bytes);
    }
}
