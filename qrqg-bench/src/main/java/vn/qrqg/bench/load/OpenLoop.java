package vn.qrqg.bench.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests on a fixed schedule ({@link RateSchedule}) whatever the platform does, like a
 * crowd that does not wait for the person in front. Latency runs from each request's intended
 * send time, so time a request spent waiting because the platform (or the generator) was behind
 * is charged to it: the p99 is not flattered by coordinated omission.
 *
 * <p>At most {@code --concurrency} requests are in flight; when all are, the scheduler waits, and
 * that wait is part of the latency of every request it delays.
 *
 * <p>The schedule is of a scenario's first requests. A follow-up ({@link Scenario#followUp}) is
 * sent as soon as the answer before it arrives, on the same in-flight permit, so that a chain
 * counts once against the concurrency and the next scheduled request waits for the whole chain.
 * A follow-up's latency runs from its own send: it was never scheduled, and any lateness of the
 * chain is already charged to the chain's first request. The schedule ends with the
 * measured duration; requests due by then are sent late for up to one request timeout, then the
 * loop stops, whatever is still due counts as an error (not sent), and what is in flight gets
 * the request timeout to finish.
 */
final class OpenLoop {
    static final String NOT_SENT = "not sent: the schedule fell behind";

    private OpenLoop() {
    }

    static void run(Scenario scenario, HttpLoad http, LoadOptions options, Results results, CpuMeter cpu)
            throws InterruptedException {
        long start = System.nanoTime();
        RateSchedule schedule = new RateSchedule(start, options.rate());
        long measureFrom = start + options.warmup().toNanos();
        long end = measureFrom + options.duration().toNanos();
        long firstMeasured = schedule.countBefore(measureFrom);
        long total = Math.min(schedule.countBefore(end), options.maxRequests());
        // a request due before the end is still sent when late (its latency counts from when it was due),
        // but not later than one request timeout after the end
        long sendDeadline = end + options.timeout().toNanos();
        Semaphore inFlight = new Semaphore(options.concurrency());
        results.window(measureFrom, end);
        boolean measuring = false;
        for (long i = 0; i < total; i++) {
            long intended = schedule.sendTime(i);
            waitUntil(intended);
            if (!measuring && intended >= measureFrom) {
                cpu.start();
                measuring = true;
            }
            long now = System.nanoTime();
            if (now >= sendDeadline || !inFlight.tryAcquire(sendDeadline - now, TimeUnit.NANOSECONDS)) {
                results.failed(NOT_SENT, total - Math.max(i, firstMeasured));
                break;
            }
            send(scenario, http, results, inFlight, scenario.request(i), intended >= measureFrom, intended);
        }
        if (!measuring) {
            cpu.start();
        }
        // drain: every permit back means nothing is in flight
        if (inFlight.tryAcquire(options.concurrency(), options.timeout().toMillis() + 2_000, TimeUnit.MILLISECONDS)) {
            inFlight.release(options.concurrency());
        }
        cpu.stop();
    }

    /**
     * Sends one request of a chain, charged from {@code chargedFrom} (its intended send time; a
     * follow-up's is its own send), then its follow-up if any, still on the chain's permit.
     */
    private static void send(Scenario scenario, HttpLoad http, Results results, Semaphore inFlight,
            LoadRequest request, boolean measured, long chargedFrom) {
        long sentAt = System.nanoTime();
        if (measured) {
            results.sent();
        }
        http.send(request, answer -> {
            long done = System.nanoTime();
            if (measured) {
                results.record(Outcome.of(scenario, request, answer), answer.failure() == null,
                        done - chargedFrom, done - sentAt, done);
            }
            LoadRequest next = answer.failure() == null
                    ? scenario.followUp(request, answer.status(), answer.body())
                    : null;
            if (next != null) {
                send(scenario, http, results, inFlight, next, measured, System.nanoTime());
            } else {
                inFlight.release(); // after recording: the drain below waits for the last record
            }
        });
    }

    /** Sleeps until {@code nanos}; parking is coarse (tens of µs), which only adds to the measured latency. */
    static void waitUntil(long nanos) {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
