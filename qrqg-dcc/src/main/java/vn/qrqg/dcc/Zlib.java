package vn.qrqg.dcc;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** zlib (RFC 1950) with a cap on the inflated size: a few kilobytes of QR must not inflate into gigabytes. */
final class Zlib {
    /** More than any QR-sized certificate inflates to (a QR holds at most ~2.9 KB after Base45). */
    static final int MAX_INFLATED = 64 * 1024;

    private Zlib() {
    }

    /** Whether {@code bytes} start with a zlib header (CMF deflate, FCHECK valid). */
    static boolean looksCompressed(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0x0F) == 8 && ((bytes[0] & 0xFF) * 256 + (bytes[1] & 0xFF)) % 31 == 0;
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The inflated bytes; {@link IllegalArgumentException} for a broken stream or one above {@link #MAX_INFLATED}. */
    static byte[] inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(MAX_INFLATED, bytes.length * 4));
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("zlib stream ends early");
                }
                if (out.size() + n > MAX_INFLATED) {
                    throw new IllegalArgumentException("zlib stream inflates beyond " + MAX_INFLATED + " bytes");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new IllegalArgumentException(inflater.getRemaining() + " bytes after the end of the zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("broken zlib stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
