package vn.qrqg.risk.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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

    /** An answer and its entity tag (a hash of its bytes). */
    record Answer(byte[] body, String etag, long expiresAt) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final long timeToLiveNanos;

    AnswerCache(Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** The answer under {@code key}, made and kept when there is none or it expired. */
    Answer get(String key, Supplier<Object> answer) {
        Answer kept = answers.get(key);
        long now = System.nanoTime();
        if (kept != null && now - kept.expiresAt() < 0) {
            return kept;
        }
        Object value = answer.get();
        byte[] body = value instanceof byte[] bytes ? bytes : JSON.writeValueAsBytes(value);
        Answer made = new Answer(body, etag(body), now + timeToLiveNanos);
        if (timeToLiveNanos > 0) {
            if (answers.size() >= MAX_ENTRIES) {
                answers.clear();
            }
            answers.put(key, made);
        }
        return made;
    }

    void clear() {
        answers.clear();
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
