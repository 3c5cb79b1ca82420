package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.math.BigInteger;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JwksTest {
    private static final InMemorySigner FIRST = InMemorySigner.generate();
    private static final InMemorySigner SECOND = InMemorySigner.generate();

    /** A JWK built here, independently of the code under test. */
    private static Map<String, Object> jwk(InMemorySigner signer) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("kid", signer.keyId());
        jwk.put("x", coordinate(signer.publicKey().getW().getAffineX()));
        jwk.put("y", coordinate(signer.publicKey().getW().getAffineY()));
        return jwk;
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int n = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - n, fixed, 32 - n, n);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    private static String jwks(List<Map<String, Object>> keys) throws Exception {
        return JSON.std.asString(Map.of("keys", keys));
    }

    @Test
    void readsBackTheKeysAndStatusesItWrites() {
        TrustList list = TrustList.of(List.of(
                new TrustedKey(FIRST.keyId(), FIRST.publicKey(), KeyStatus.ACTIVE),
                new TrustedKey(SECOND.keyId(), SECOND.publicKey(), KeyStatus.REVOKED)));

        String json = list.toJwks();
        TrustList read = TrustList.fromJwks(json);

        assertThat(read).isEqualTo(list);
        assertThat(read.keys()).extracting(TrustedKey::status).containsExactly(KeyStatus.ACTIVE, KeyStatus.REVOKED);
        assertThat(read.keys().get(1).publicKey().getW()).isEqualTo(SECOND.publicKey().getW());
        assertThat(json).contains("\"kty\" : \"EC\"", "\"crv\" : \"P-256\"", "\"status\" : \"revoked\"")
                .contains("\"x\" : \"" + coordinate(FIRST.publicKey().getW().getAffineX()) + "\"");
    }

    @Test
    void writesAnEmptyListAsAnEmptyKeysArray() {
        assertThat(TrustList.fromJwks(TrustList.empty().toJwks())).isEqualTo(TrustList.empty());
    }

    @Test
    void readsKeysWithoutStatusAsActiveAndIgnoresUnknownMembers() throws Exception {
        Map<String, Object> key = jwk(FIRST);
        key.put("use", "sig");
        key.put("alg", "ES256");
        key.put("x-issued", Map.of("by", "platform", "at", List.of(2021, 7)));
        Map<String, Object> nullStatus = jwk(SECOND);
        nullStatus.put("status", null);
        String json = "{\"comment\": \"published daily\", \"keys\": " + JSON.std.asString(List.of(key, nullStatus)) + "}";

        TrustList list = TrustList.fromJwks(json);

        assertThat(list.keys()).extracting(TrustedKey::status).containsExactly(KeyStatus.ACTIVE, KeyStatus.ACTIVE);
        assertThat(list.find(FIRST.keyId())).isPresent();
    }

    static Stream<Arguments> brokenJwks() {
        return Stream.of(
                raw("not JSON", "{\"keys\": [", "not valid JSON"),
                raw("content after the object", "{\"keys\": []} []", "after the closing"),
                raw("JSON null", "null", "JSON null"),
                raw("array at the top", "[]", "not valid JSON"),
                raw("no keys member", "{\"key\": []}", "no \"keys\" array"),
                raw("keys not an array", "{\"keys\": {}}", "\"keys\" is not an array"),
                raw("key not an object", "{\"keys\": [\"EC\"]}", "keys[0] is not a JSON object"),
                raw("duplicate member", "{\"keys\": [], \"keys\": []}", "Duplicate"),
                mutated("kty not EC", k -> k.put("kty", "RSA"), "keys[1].kty is \"RSA\""),
                mutated("kty missing", k -> k.remove("kty"), "keys[1] has no \"kty\""),
                mutated("crv not P-256", k -> k.put("crv", "P-384"), "keys[1].crv is \"P-384\""),
                mutated("kid missing", k -> k.remove("kid"), "keys[1] has no \"kid\""),
                mutated("kid not a string", k -> k.put("kid", 42), "keys[1].kid is not a string"),
                mutated("kid malformed", k -> k.put("kid", "abc"), "keys[1].kid \"abc\" is not 8 base64url"),
                mutated("x too short", k -> k.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[31])), "keys[1].x is 31 bytes"),
                mutated("y too long", k -> k.put("y", k.get("y") + "AAA"), "keys[1].y is 34 bytes"),
                mutated("x padded", k -> k.put("x", k.get("x") + "="), "keys[1].x is not unpadded base64url"),
                mutated("y not on the curve", k -> k.put("y", coordinate(BigInteger.TWO)), "keys[1]: the point (x, y) is not on the P-256 curve"),
                mutated("kid of another key", k -> k.put("kid", FIRST.keyId()), "keys[1].kid \"" + FIRST.keyId() + "\" does not match"),
                mutated("same key twice", k -> k.putAll(jwk(FIRST)), "keys[1].kid: duplicate kid"),
                mutated("unknown status", k -> k.put("status", "suspended"), "keys[1].status: unknown key status \"suspended\""),
                mutated("status not a string", k -> k.put("status", true), "keys[1].status is not a string"));
    }

    private static Arguments raw(String name, String json, String message) {
        return Arguments.of(name, json, message);
    }

    /** A two-key JWKS whose second key is changed by {@code change}. */
    private static Arguments mutated(String name, Consumer<Map<String, Object>> change, String message) {
        try {
            Map<String, Object> second = jwk(SECOND);
            change.accept(second);
            return Arguments.of(name, jwks(List.of(jwk(FIRST), second)), message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenJwks")
    void rejectsABrokenJwksNamingTheProblem(String name, String json, String message) {
        assertThatThrownBy(() -> TrustList.fromJwks(json))
                .isInstanceOf(TrustListException.class)
                .hasMessageContaining(message);
    }

    @Test
    void rejectsAMissingJwks() {
        assertThatThrownBy(() -> TrustList.fromJwks(null)).isInstanceOf(TrustListException.class);
        assertThatThrownBy(() -> TrustList.fromJwks("")).isInstanceOf(TrustListException.class);
    }
}
