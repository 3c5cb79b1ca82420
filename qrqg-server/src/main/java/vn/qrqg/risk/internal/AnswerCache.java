package vn.qrqg.risk.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public answers as bytes, kept for a while (Caffeine): the map is what millions open in an
 * outbreak, and its levels change a few times a day. One request makes a missing answer while the
 * others asking for it wait for that one; an answer older than the time to live is still given
 * while one request makes it again in the background, so that no crowd of requests makes it at
 * once. A change through this instance clears them at once; one through another instance shows
 * within the time to live (twice it for an answer nobody asked for since). Bounded: a caller
 * asking for every date there is only pushes the oldest out. Thread-safe.
 */
final class AnswerCache {
    private static final int MAX_ENTRIES = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer, the same gzipped (made once, sent to every client that takes it), and its entity tag (a hash of its bytes). */
    record Answer(byte[] body, byte[] gzipped, String etag) {
    }

    /** An answer of one generation: a clear begins the next, so an answer being made from older data is never given after it. */
    private record Keyed(long generation, PublicAnswers.Asked asked) {
    }

    private final LoadingCache<Keyed, Answer> answers;
    private final AtomicLong generation = new AtomicLong();

    AnswerCache(Duration timeToLive) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(timeToLive.isZero() ? 0 : MAX_ENTRIES);
        if (!timeToLive.isZero()) {
            builder.refreshAfterWrite(timeToLive).expireAfterWrite(timeToLive.multipliedBy(2));
        }
        this.answers = builder.build(keyed -> made(keyed.asked().answer().get()));
    }

    /** The answer asked for, made now when none is kept (one request makes it; the others wait for it). */
    Answer get(PublicAnswers.Asked asked) {
        return answers.get(new Keyed(generation.get(), asked));
    }

    /** The answer asked for when one is kept, possibly being made again in the background; null otherwise. */
    Answer kept(PublicAnswers.Asked asked) {
        return answers.getIfPresent(new Keyed(generation.get(), asked));
    }

    void clear() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    private static Answer made(Object value) {
        byte[] body = value instanceof byte[] bytes ? bytes : JSON.writeValueAsBytes(value);
        return new Answer(body, gzip(body), etag(body));
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
