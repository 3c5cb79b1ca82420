package vn.qrqg.risk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public answers as bytes, kept for a while: the map is what millions open in an outbreak,
 * and its levels change a few times a day. A change through this instance clears them at once;
 * one through another instance shows once they expire. Bounded: a caller asking for every date
 * there is only clears it. Thread-safe.
 */
final class AnswerCache {
    private static final int MAX_ENTRIES = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer, the same gzipped (made once, sent to every client that takes it), and its entity tag (a hash of its bytes). */
    record Answer(byte[] body, byte[] gzipped, String etag, long expiresAt) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final long timeToLiveNanos;

    AnswerCache(Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** The answer under {@code key}, made and kept when there is none or it expired. */
    Answer get(String key, Supplier<Object> answer) {
        Answer kept = fresh(key);
        if (kept != null) {
            return kept;
        }
        long now = System.nanoTime();
        Object value = answer.get();
        byte[] body = value instanceof byte[] bytes ? bytes : JSON.writeValueAsBytes(value);
        Answer made = new Answer(body, gzip(body), etag(body), now + timeToLiveNanos);
        if (timeToLiveNanos > 0) {
            if (answers.size() >= MAX_ENTRIES) {
                answers.clear();
            }
            answers.put(key, made);
        }
        return made;
    }

    /** The answer under {@code key} when there is one that has not expired; null otherwise. */
    Answer fresh(String key) {
        Answer kept = answers.get(key);
        return kept != null && System.nanoTime() - kept.expiresAt() < 0 ? kept : null;
    }

    void clear() {
        answers.clear();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: never
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
