package vn.qrqg.tracing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whose turn it is to be traced: at most {@code concurrency} traces run at once, and each takes
 * every case waiting when its turn comes, up to {@code groupSize}, together. The others wait
 * holding nothing (no database connection): a report of 1,000 cases queues 1,000 cases, the API
 * keeps the connections it needs, and the cases traced together share their reads and writes.
 * Thread-safe.
 */
final class TracingTurns {
    private static final Logger LOG = LoggerFactory.getLogger(TracingTurns.class);

    private final Semaphore turns;
    private final int groupSize;
    /** Traces cases together, all or none; returns the contacts listed, by case. */
    private final Function<List<UUID>, Map<UUID, Integer>> together;
    /** Cases asked for and not yet taken into a trace, oldest first. */
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    TracingTurns(int concurrency, int groupSize, Function<List<UUID>, Map<UUID, Integer>> together) {
        this.turns = new Semaphore(concurrency, true);
        this.groupSize = groupSize;
        this.together = together;
    }

    /**
     * Traces the case, with whichever cases wait at its turn, and returns once it is traced.
     *
     * @return the contacts listed now for this case
     * @throws RuntimeException what tracing this case alone threw
     */
    int trace(UUID caseId) {
        Waiting mine = new Waiting(caseId, new CompletableFuture<>());
        waiting.add(mine);
        turns.acquireUninterruptibly();
        try {
            List<Waiting> group = new ArrayList<>();
            for (Waiting next; group.size() < groupSize && (next = waiting.poll()) != null; ) {
                group.add(next);
            }
            traceTogether(group); // none when another turn took this case, and the others waiting, before this one came
        } finally {
            turns.release();
        }
        try {
            return mine.written().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** A case asked to be traced, and what its tracing wrote once done. */
    private record Waiting(UUID caseId, CompletableFuture<Integer> written) {
    }

    /** Traces the group; when that fails, each case alone, so that one case holds back no other. */
    private void traceTogether(List<Waiting> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            Map<UUID, Integer> written = together.apply(group.stream().map(Waiting::caseId).distinct().toList());
            group.forEach(one -> one.written().complete(written.getOrDefault(one.caseId(), 0)));
        } catch (RuntimeException | Error failure) {
            if (group.size() == 1) {
                group.getFirst().written().completeExceptionally(failure);
                return;
            }
            LOG.warn("Tracing {} cases together failed ({}); tracing each alone", group.size(),
                    failure.getClass().getSimpleName());
            group.forEach(one -> traceTogether(List.of(one)));
        }
    }
}
