package vn.qrqg.codec.signature;

import java.util.Base64;

/** PEM (RFC 7468) text of DER bytes: the form OpenSSL, Vault and key-management tools exchange. */
final class Pem {
    static final String PRIVATE_KEY = "PRIVATE KEY";
    static final String PUBLIC_KEY = "PUBLIC KEY";
    private static final Base64.Encoder ENCODER = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private Pem() {
    }

    static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + ENCODER.encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    /**
     * The DER bytes of the one {@code label} block in {@code text}; {@link IllegalArgumentException}
     * naming what is wrong otherwise (what names the key for the message, e.g. "the private key").
     */
    static byte[] decode(String text, String label, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " PEM is empty");
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        if (from < 0) {
            throw new IllegalArgumentException(what + " PEM has no '" + begin + "' line" + hint(text));
        }
        int to = text.indexOf(end, from);
        if (to < 0) {
            throw new IllegalArgumentException(what + " PEM has no '" + end + "' line");
        }
        if (text.indexOf(begin, to) >= 0) {
            throw new IllegalArgumentException(what + " PEM holds more than one key");
        }
        String body = text.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " PEM is not valid base64: " + e.getMessage(), e);
        }
    }

    private static String hint(String text) {
        if (text.contains("-----BEGIN EC PRIVATE KEY-----")) {
            return " (it is a SEC 1 'EC PRIVATE KEY'; convert it with: openssl pkcs8 -topk8 -nocrypt)";
        }
        if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
            return " (it is encrypted; decrypt it with: openssl pkcs8 -topk8 -nocrypt)";
        }
        return "";
    }
}
