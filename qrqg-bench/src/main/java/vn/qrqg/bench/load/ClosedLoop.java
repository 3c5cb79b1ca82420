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
 *
 * <p>A scenario's follow-up ({@link Scenario#followUp}) is sent in the same chain as soon as the
 * answer before it arrives, before the chain's next request, even past the end of the measured
 * time: a chain started is finished. It is measured when the chain's first request was.
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

    /** Starts the chain's next first request, or ends the chain when the time or the requests are up. */
    private void next() {
        long now = System.nanoTime();
        long number;
        if (now >= end || (number = sequence.getAndIncrement()) >= maxRequests) {
            chains.countDown();
            return;
        }
        send(scenario.request(number), now >= measureFrom);
    }

    /** Sends one request, then its follow-up if any, and only then the chain's next request. */
    private void send(LoadRequest request, boolean measured) {
        long sentAt = System.nanoTime();
        if (measured) {
            results.sent();
        }
        http.send(request, answer -> {
            long done = System.nanoTime();
            if (measured) {
                results.record(Outcome.of(scenario, request, answer), answer.failure() == null,
                        done - sentAt, done - sentAt, done);
            }
            if (answer.failure() != null) {
                pauses.schedule(this::next, PAUSE_AFTER_FAILURE_MILLIS, TimeUnit.MILLISECONDS);
                return;
            }
            LoadRequest followUp = scenario.followUp(request, answer.status(), answer.body());
            if (followUp != null) {
                send(followUp, measured);
            } else {
                next();
            }
        });
    }
}
