package vn.qrqg.dcc;

import java.io.ByteArrayOutputStream;

/**
 * Base45 (RFC 9285): two bytes as three characters of the QR alphanumeric set, so that a QR in
 * alphanumeric mode carries them densely. No library on Maven Central is both small and kept up,
 * and the whole encoding is these few lines, checked against the RFC's examples.
 */
final class Base45 {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length / 2 * 3 + 2);
        int i = 0;
        for (; i + 1 < bytes.length; i += 2) {
            int n = (bytes[i] & 0xFF) * 256 + (bytes[i + 1] & 0xFF);
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (i < bytes.length) {
            int n = bytes[i] & 0xFF;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    /** The bytes of {@code text}; {@link IllegalArgumentException} saying where it is not Base45. */
    static byte[] decode(CharSequence text) {
        int length = text.length();
        if (length % 3 == 1) {
            throw new IllegalArgumentException("Base45 length " + length + " leaves one character over");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 3 * 2 + 1);
        for (int i = 0; i < length; i += 3) {
            int c = value(text, i);
            int d = value(text, i + 1);
            if (i + 2 < length) {
                int n = c + d * 45 + value(text, i + 2) * 2025;
                if (n > 0xFFFF) {
                    throw new IllegalArgumentException("Base45 triplet at " + i + " is " + n + ", above 65535");
                }
                out.write(n >> 8);
                out.write(n & 0xFF);
            } else {
                int n = c + d * 45;
                if (n > 0xFF) {
                    throw new IllegalArgumentException("Base45 final pair at " + i + " is " + n + ", above 255");
                }
                out.write(n);
            }
        }
        return out.toByteArray();
    }

    private static int value(CharSequence text, int at) {
        char c = text.charAt(at);
        int v = c < 128 ? VALUES[c] : -1;
        if (v < 0) {
            throw new IllegalArgumentException("character " + describe(c) + " at " + at + " is not Base45");
        }
        return v;
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
