package vn.qrqg.platform.batching;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.platform.batching.BatchUnavailableException.Reason;

/**
 * Callers put their item in a bounded queue and wait; worker threads each take whatever is
 * queued (up to {@code maxBatch}), gather what else arrives within the delay, handle it all with
 * one call, and release every caller of the batch at once with its own answer. Under load the
 * batches grow by themselves, so a round trip's fixed cost is shared by more callers the busier
 * the platform is. A caller gets its answer, or {@link BatchUnavailableException} when the call
 * failed or did not finish in time. Items are never dropped once queued: on close the workers
 * handle the queue before they stop. Thread-safe.
 *
 * @param <I> what a caller hands in
 * @param <O> what it gets back
 */
public final class Batcher<I, O> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);
    private static final long POLL_MILLIS = 100;

    /**
     * @param queueCapacity items waiting at most; more are refused at once
     * @param maxBatch items in one call at most
     * @param workers threads handling batches at once
     * @param delay how long a worker that took an item waits for more before it calls; zero calls at once
     * @param timeout how long a caller waits for its answer
     */
    public record Settings(int queueCapacity, int maxBatch, int workers, Duration delay, Duration timeout) {
        public Settings {
            if (queueCapacity < 1 || maxBatch < 1 || workers < 1) {
                throw new IllegalArgumentException("queue capacity, batch size and workers must be at least 1");
            }
            if (delay.isNegative() || delay.compareTo(timeout) >= 0) {
                throw new IllegalArgumentException("the delay (" + delay
                        + ") must be at least zero and shorter than the timeout (" + timeout + ")");
            }
        }
    }

    private record Pending<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final String name;
    private final Function<List<I>, List<O>> call;
    private final BlockingQueue<Pending<I, O>> queue;
    private final int maxBatch;
    private final long delayNanos;
    private final long timeoutNanos;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closing;

    /**
     * @param name what the batches are, in thread names, logs and messages (never personal data)
     * @param call answers a batch: element {@code i} of its answer is item {@code i}'s. It must not
     *        put the items in an exception's message: the failure is logged
     */
    public Batcher(String name, Function<List<I>, List<O>> call, Settings settings) {
        this.name = name;
        this.call = call;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.maxBatch = settings.maxBatch();
        this.delayNanos = settings.delay().toNanos();
        this.timeoutNanos = settings.timeout().toNanos();
        for (int i = 1; i <= settings.workers(); i++) {
            workers.add(Thread.ofPlatform().name(name + "-" + i).daemon().start(this::work));
        }
    }

    /** {@code item}'s answer, once its batch is handled. */
    public O submit(I item) {
        return await(enqueue(item));
    }

    /**
     * The answers to {@code items}, in order: queued at once, they share batches rather than wait
     * for one each. If one cannot be queued, those before it may still be handled.
     */
    public List<O> submitAll(List<I> items) {
        List<CompletableFuture<O>> answers = new ArrayList<>(items.size());
        for (I item : items) {
            answers.add(enqueue(item));
        }
        await(CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)));
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<O> enqueue(I item) {
        if (closing) {
            throw new BatchUnavailableException(Reason.CLOSED, name + " is shutting down", null);
        }
        CompletableFuture<O> answer = new CompletableFuture<>();
        if (!queue.offer(new Pending<>(item, answer))) {
            throw new BatchUnavailableException(Reason.QUEUE_FULL, name + ": the queue is full", null);
        }
        return answer;
    }

    private <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            // a fresh exception: the worker's one is shared by the whole batch, across threads
            Reason reason = e.getCause() instanceof BatchUnavailableException shared ? shared.reason() : Reason.FAILED;
            throw new BatchUnavailableException(reason, e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new BatchUnavailableException(Reason.TIMED_OUT, name + ": no answer in time", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatchUnavailableException(Reason.INTERRUPTED, name + ": interrupted while waiting", null);
        }
    }

    /** Stops taking items, handles those queued, and waits for the workers to finish. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        for (Thread worker : workers) {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        }
        List<Pending<I, O>> stranded = new ArrayList<>();
        queue.drainTo(stranded); // only if a worker gave up: fail them rather than leave callers waiting
        stranded.forEach(pending -> pending.answer().completeExceptionally(
                new BatchUnavailableException(Reason.CLOSED, name + " shut down", null)));
    }

    private void work() {
        List<Pending<I, O>> batch = new ArrayList<>(maxBatch);
        while (!closing || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                boolean interrupted = !gather(batch);
                handle(batch); // taken from the queue: handled whatever happens
                if (interrupted) {
                    throw new InterruptedException();
                }
            } catch (InterruptedException e) {
                if (closing) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Adds what is queued, and what arrives within the delay, up to a full batch.
     *
     * @return false when interrupted while it waited: the batch is to be handled all the same
     */
    private boolean gather(List<Pending<I, O>> batch) {
        queue.drainTo(batch, maxBatch - batch.size());
        long deadline = System.nanoTime() + delayNanos;
        long left = delayNanos;
        while (left > 0 && batch.size() < maxBatch && !closing) {
            try {
                Pending<I, O> next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return true;
                }
                batch.add(next);
            } catch (InterruptedException e) {
                return false;
            }
            queue.drainTo(batch, maxBatch - batch.size());
            left = deadline - System.nanoTime();
        }
        return true;
    }

    /** What may be logged of a failure: its type and SQL state, never its message, which may quote rows. */
    static String describe(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        return cause instanceof SQLException sql
                ? e.getClass().getSimpleName() + " (SQL state " + sql.getSQLState() + ")"
                : e.getClass().getSimpleName();
    }

    private void handle(List<Pending<I, O>> batch) {
        List<O> answers;
        try {
            answers = call.apply(batch.stream().map(Pending::item).toList());
            if (answers.size() != batch.size()) {
                throw new IllegalStateException("answered " + answers.size() + " of " + batch.size() + " items");
            }
        } catch (RuntimeException e) {
            LOG.error("{}: a batch of {} items failed: {}", name, batch.size(), describe(e));
            BatchUnavailableException failure = new BatchUnavailableException(Reason.FAILED, name + " failed", e);
            batch.forEach(pending -> pending.answer().completeExceptionally(failure));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(answers.get(i));
        }
    }
}
