package vn.qrqg.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code --concurrency} chains of requests, each sending its next request as soon as its last
 * one is answered: the most the platform can do with that many callers. Latency runs from the
 * actual send, so a stall hides the requests it prevented (coordinated omission): use it for
 * throughput, and the open loop for latency claims.
 */
final class ClosedLoop {
    /** After a transport failure a chain pauses, so a dead platform does not turn into a busy loop. */
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 10;

    private final Scenario scenario;
    private final HttpLoad http;
    private final Results results;
    private final long maxRequests;
    private final long measureFrom;
    private final long end;
    private final AtomicLong sequence = new AtomicLong();
    private final CountDownLatch chains;
    private final ScheduledExecutorService pauses = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "load-closed-loop");
        thread.setDaemon(true);
        return thread;
    });

    private ClosedLoop(Scenario scenario, HttpLoad http, LoadOptions options, Results results, long start) {
        this.scenario = scenario;
        this.http = http;
        this.results = results;
        this.maxRequests = options.maxRequests();
        this.measureFrom = start + options.warmup().toNanos();
        this.end = measureFrom + options.duration().toNanos();
        this.chains = new CountDownLatch(options.concurrency());
    }

    static void run(Scenario scenario, HttpLoad http, LoadOptions options, Results results, CpuMeter cpu)
            throws InterruptedException {
        ClosedLoop loop = new ClosedLoop(scenario, http, options, results, System.nanoTime());
        results.window(loop.measureFrom, loop.end);
        for (int i = 0; i < options.concurrency(); i++) {
            loop.next();
        }
        OpenLoop.waitUntil(loop.measureFrom);
        cpu.start();
        long hardStop = loop.end + options.timeout().toNanos() + 2_000_000_000L;
        loop.chains.await(Math.max(0, hardStop - System.nanoTime()), TimeUnit.NANOSECONDS);
        cpu.stop();
        loop.pauses.shutdownNow();
    }

    private void next() {
        long sentAt = System.nanoTime();
        long number;
        if (sentAt >= end || (number = sequence.getAndIncrement()) >= maxRequests) {
            chains.countDown();
            return;
        }
        LoadRequest request = scenario.request(number);
        boolean measured = sentAt >= measureFrom;
        if (measured) {
            results.sent();
        }
        http.send(request, answer -> {
            long done = System.nanoTime();
            if (measured) {
                results.record(Outcome.of(scenario, request, answer), answer.failure() == null,
                        done - sentAt, done - sentAt, done);
            }
            if (answer.failure() == null) {
                next();
            } else {
                pauses.schedule(this::next, PAUSE_AFTER_FAILURE_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }
}
