package vn.qrqg.bench.load;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What the measured requests (those meant to be sent after the warmup) came to: a latency
 * histogram per successful kind, one for every HTTP answer, error counts by kind. Latencies are
 * recorded in microseconds. Written from Jetty's threads; closed once the run is over, after which
 * late answers are ignored and every request still unanswered is an error.
 */
final class Results {
    static final String NO_ANSWER = "no answer by the hard stop";

    private final Map<String, Histogram> okLatency = new TreeMap<>();
    /** Every HTTP answer, errors included, timed like the rows (from the intended send in an open loop). */
    private final Histogram answered = new Histogram(3);
    /** Every HTTP answer, from the moment the request actually left: what a closed loop would report. */
    private final Histogram service = new Histogram(3);
    private final Map<String, Long> errors = new TreeMap<>();
    /** By second of the measured window in which answers arrived: the slowest answer's latency, µs. */
    private final Map<Long, Long> slowestBySecond = new TreeMap<>();
    private long sent;
    private long failed;
    private long lastAnswerNanos;
    private long measureFrom;
    private long measureUntil;
    private boolean closed;

    /** The measured window: requests meant to be sent from {@code from} until {@code until} ({@link System#nanoTime()}). */
    synchronized void window(long from, long until) {
        measureFrom = from;
        measureUntil = until;
    }

    /** From the start of the window to its end or the last answer, whichever is later. */
    synchronized double measuredSeconds() {
        return (Math.max(measureUntil, lastAnswerNanos) - measureFrom) / 1e9;
    }

    synchronized void sent() {
        sent++;
    }

    /** One request's fate: an HTTP answer ({@code latencyNanos} set) or a transport failure. */
    synchronized void record(Outcome outcome, boolean httpAnswer, long latencyNanos, long serviceNanos, long atNanos) {
        if (closed) {
            return;
        }
        lastAnswerNanos = Math.max(lastAnswerNanos, atNanos);
        if (httpAnswer) {
            answered.recordValue(micros(latencyNanos));
            service.recordValue(micros(serviceNanos));
            if (atNanos >= measureFrom) {
                slowestBySecond.merge((atNanos - measureFrom) / 1_000_000_000L, micros(latencyNanos), Math::max);
            }
        }
        if (outcome.ok()) {
            okLatency.computeIfAbsent(outcome.kind(), kind -> new Histogram(3)).recordValue(micros(latencyNanos));
        } else {
            errors.merge(outcome.kind(), 1L, Long::sum);
            if (!httpAnswer) {
                failed++;
            }
        }
    }

    /**
     * Something the scenario measured besides answers (a change delivered to an app), {@code
     * delayNanos} after its cause at {@code causedAtNanos}: recorded under {@code kind} when the
     * cause falls in the measured window.
     */
    synchronized void delivered(String kind, long delayNanos, long causedAtNanos) {
        if (!closed && causedAtNanos >= measureFrom && causedAtNanos <= measureUntil) {
            okLatency.computeIfAbsent(kind, name -> new Histogram(3)).recordValue(micros(delayNanos));
        }
    }

    /** Requests that were due but never sent, or that met some other end; they count as errors. */
    synchronized void failed(String kind, long count) {
        if (!closed && count > 0) {
            errors.merge(kind, count, Long::sum);
        }
    }

    /** Ends recording; whatever was sent and is still unanswered becomes a {@link #NO_ANSWER} error. */
    synchronized void close() {
        long unanswered = sent - answered.getTotalCount() - failed;
        failed(NO_ANSWER, unanswered);
        closed = true;
    }

    synchronized long sentCount() {
        return sent;
    }

    synchronized Map<String, Histogram> okLatency() {
        return okLatency;
    }

    synchronized Histogram answered() {
        return answered;
    }

    synchronized Histogram service() {
        return service;
    }

    /**
     * The seconds of the measured window (from its start) in which some answer took longer than
     * {@code thresholdMillis}, with that second's slowest answer in ms: where the platform stalled.
     */
    synchronized Map<Long, Double> secondsSlowerThan(long thresholdMillis) {
        Map<Long, Double> slow = new TreeMap<>();
        slowestBySecond.forEach((second, micros) -> {
            if (micros > thresholdMillis * 1_000) {
                slow.put(second, micros / 1_000.0);
            }
        });
        return slow;
    }

    synchronized Map<String, Long> errors() {
        return errors;
    }

    synchronized long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long micros(long nanos) {
        return Math.max(1, nanos / 1_000);
    }
}
