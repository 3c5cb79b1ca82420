package vn.qrqg.codec.signature;

/**
 * Converts ECDSA P-256 signatures between the format's raw {@code r‖s} (64 bytes) and the
 * ASN.1 DER {@code SEQUENCE { INTEGER r, INTEGER s }} that JCA providers such as Conscrypt and
 * OpenSSL speak. Strict DER only: a lenient parser would let one signature have many encodings.
 */
final class EcdsaDer {
    static final int RAW_SIZE = 2 * P256.SIZE;
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    private EcdsaDer() {
    }

    /** The DER form of a 64-byte raw signature. */
    static byte[] toDer(byte[] raw) {
        if (raw.length != RAW_SIZE) {
            throw new IllegalArgumentException("a raw P-256 signature is 64 bytes, not " + raw.length);
        }
        byte[] r = integer(raw, 0);
        byte[] s = integer(raw, P256.SIZE);
        int body = r.length + s.length; // at most 2 × 35 = 70: the short length form always fits
        byte[] der = new byte[2 + body];
        der[0] = SEQUENCE;
        der[1] = (byte) body;
        System.arraycopy(r, 0, der, 2, r.length);
        System.arraycopy(s, 0, der, 2 + r.length, s.length);
        return der;
    }

    /** Minimal DER INTEGER of the unsigned 32-byte value at {@code offset}. */
    private static byte[] integer(byte[] raw, int offset) {
        int start = offset;
        int end = offset + P256.SIZE;
        while (start < end - 1 && raw[start] == 0) {
            start++; // DER forbids leading zero bytes...
        }
        boolean pad = (raw[start] & 0x80) != 0; // ...except one that keeps a high bit from reading as negative
        int length = end - start + (pad ? 1 : 0);
        byte[] out = new byte[2 + length];
        out[0] = INTEGER;
        out[1] = (byte) length;
        System.arraycopy(raw, start, out, 2 + (pad ? 1 : 0), end - start);
        return out;
    }

    /**
     * The raw form of a DER signature; {@link IllegalArgumentException} for anything that is not
     * strict DER of two non-negative integers of at most 32 bytes each.
     */
    static byte[] toRaw(byte[] der) {
        if (der.length < 2 || (der[0] & 0xFF) != SEQUENCE) {
            throw new IllegalArgumentException("DER signature: not a SEQUENCE");
        }
        int body = der[1] & 0xFF;
        if (body >= 0x80 || body != der.length - 2) {
            throw new IllegalArgumentException("DER signature: bad SEQUENCE length");
        }
        byte[] raw = new byte[RAW_SIZE];
        int next = readInteger(der, 2, raw, 0);
        next = readInteger(der, next, raw, P256.SIZE);
        if (next != der.length) {
            throw new IllegalArgumentException("DER signature: bytes after the two INTEGERs");
        }
        return raw;
    }

    /** Reads the INTEGER at {@code at} into {@code raw[offset..offset+32)}; returns the index after it. */
    private static int readInteger(byte[] der, int at, byte[] raw, int offset) {
        if (at + 2 > der.length || (der[at] & 0xFF) != INTEGER) {
            throw new IllegalArgumentException("DER signature: INTEGER expected at byte " + at);
        }
        int length = der[at + 1] & 0xFF;
        int start = at + 2;
        if (length == 0 || length >= 0x80 || start + length > der.length) {
            throw new IllegalArgumentException("DER signature: bad INTEGER length at byte " + at);
        }
        if ((der[start] & 0x80) != 0) {
            throw new IllegalArgumentException("DER signature: negative INTEGER at byte " + at);
        }
        if (length > 1 && der[start] == 0 && (der[start + 1] & 0x80) == 0) {
            throw new IllegalArgumentException("DER signature: INTEGER with a superfluous leading zero at byte " + at);
        }
        int valueStart = der[start] == 0 && length > 1 ? start + 1 : start;
        int valueLength = start + length - valueStart;
        if (valueLength > P256.SIZE) {
            throw new IllegalArgumentException("DER signature: INTEGER longer than 32 bytes at byte " + at);
        }
        System.arraycopy(der, valueStart, raw, offset + P256.SIZE - valueLength, valueLength);
        return start + length;
    }
}
