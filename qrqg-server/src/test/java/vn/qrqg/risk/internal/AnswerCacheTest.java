package vn.qrqg.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The public answers kept in memory: made once for a crowd, given stale while made again, dropped by a change. */
class AnswerCacheTest {

    @Test
    void aCrowdAskingForAMissingAnswerMakesItOnce() throws Exception {
        AnswerCache cache = new AnswerCache(Duration.ofMinutes(1));
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        PublicAnswers.Asked asked = new PublicAnswers.Asked("levels/x", () -> {
            made.incrementAndGet();
            sleep(100);
            return Map.of("items", List.of());
        }, "application/json");
        try (ExecutorService crowd = Executors.newFixedThreadPool(16)) {
            List<Future<AnswerCache.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(crowd.submit(() -> {
                    start.await();
                    return cache.get(asked);
                }));
            }
            start.countDown();
            for (Future<AnswerCache.Answer> answer : answers) {
                assertThat(new String(answer.get().body(), StandardCharsets.UTF_8)).isEqualTo("{\"items\":[]}");
            }
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void anExpiredAnswerIsGivenWhileItIsMadeAgain() throws Exception {
        AnswerCache cache = new AnswerCache(Duration.ofSeconds(1));
        AtomicInteger version = new AtomicInteger();
        PublicAnswers.Asked asked = new PublicAnswers.Asked("levels/y", () -> {
            sleep(500);
            return Map.of("version", version.incrementAndGet());
        }, "application/json");
        String first = text(cache.get(asked));
        sleep(1_200);
        long asking = System.nanoTime();
        assertThat(text(cache.get(asked))).as("the old one").isEqualTo(first);
        assertThat(System.nanoTime() - asking).as("at once, not after it is made again")
                .isLessThan(Duration.ofMillis(400).toNanos());
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (version.get() < 2 && System.nanoTime() < deadline) {
            sleep(20);
        }
        sleep(50);
        assertThat(text(cache.kept(asked))).as("then the new one").isEqualTo("{\"version\":2}");
    }

    @Test
    void aChangeDropsEveryAnswerAndAnyBeingMade() throws Exception {
        AnswerCache cache = new AnswerCache(Duration.ofMinutes(1));
        AtomicInteger version = new AtomicInteger();
        PublicAnswers.Asked asked = new PublicAnswers.Asked("levels/z", () -> Map.of("version",
                version.incrementAndGet()), "application/json");
        assertThat(text(cache.get(asked))).isEqualTo("{\"version\":1}");
        cache.clear();
        assertThat(cache.kept(asked)).isNull();
        assertThat(text(cache.get(asked))).isEqualTo("{\"version\":2}");
    }

    @Test
    void keepsTheAnswerGzippedAndTaggedByItsBytes() throws IOException {
        AnswerCache cache = new AnswerCache(Duration.ofMinutes(1));
        AnswerCache.Answer one = cache.get(new PublicAnswers.Asked("a", () -> Map.of("n", 1), "application/json"));
        AnswerCache.Answer same = cache.get(new PublicAnswers.Asked("b", () -> Map.of("n", 1), "application/json"));
        AnswerCache.Answer other = cache.get(new PublicAnswers.Asked("c", () -> Map.of("n", 2), "application/json"));
        assertThat(same.etag()).isEqualTo(one.etag()).isNotEqualTo(other.etag());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(one.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(one.body());
        }
    }

    private static String text(AnswerCache.Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
