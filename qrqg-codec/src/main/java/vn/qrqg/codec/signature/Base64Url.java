package vn.qrqg.codec.signature;

import java.util.Base64;

/**
 * Base64url without padding (RFC 4648 §5), decoded strictly: the JDK's decoder accepts padding
 * and ignores stray bits in the last character, which would give one value many spellings.
 */
final class Base64Url {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    static boolean isAlphabet(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** Index of the first character outside the alphabet, or -1 when every character is in it. */
    static int firstBadCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAlphabet(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the unused low bits of the last character are zero (the only spelling an encoder
     * produces). Assumes every character is in the alphabet.
     */
    static boolean isCanonical(CharSequence text) {
        int unusedBits = switch (text.length() % 4) {
            case 2 -> 4;
            case 3 -> 2;
            default -> 0;
        };
        if (unusedBits == 0) {
            return text.length() % 4 == 0;
        }
        int last = value(text.charAt(text.length() - 1));
        return (last & ((1 << unusedBits) - 1)) == 0;
    }

    /** The bytes of {@code text}, or null when it is not canonical unpadded base64url. */
    static byte[] decodeOrNull(String text) {
        if (text == null || firstBadCharacter(text) >= 0 || !isCanonical(text)) {
            return null;
        }
        return DECODER.decode(text);
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : 63;
    }
}
