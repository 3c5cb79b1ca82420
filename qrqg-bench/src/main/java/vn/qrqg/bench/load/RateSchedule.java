package vn.qrqg.bench.load;

/**
 * When each request of an open loop is meant to be sent: request {@code i} at
 * {@code start + i / rate}, whatever happened to the requests before it. Latency is measured
 * from this intended time, not from when the request actually left, so a server that stalls
 * is charged for every request it held up (no coordinated omission).
 *
 * @param startNanos {@link System#nanoTime()} of request 0
 * @param perSecond requests per second, above 0
 */
record RateSchedule(long startNanos, double perSecond) {

    RateSchedule {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("the rate must be above 0, not " + perSecond);
        }
    }

    /** The intended send time of request {@code index} (0, 1, 2, …), in {@link System#nanoTime()} terms. */
    long sendTime(long index) {
        return startNanos + Math.round(index * 1e9 / perSecond);
    }

    /** How many requests are meant to be sent before {@code nanos}: the first index whose send time is not before it. */
    long countBefore(long nanos) {
        if (nanos <= startNanos) {
            return 0;
        }
        long guess = (long) Math.ceil((nanos - startNanos) * perSecond / 1e9);
        while (guess > 0 && sendTime(guess - 1) >= nanos) {
            guess--;
        }
        while (sendTime(guess) < nanos) {
            guess++;
        }
        return guess;
    }
}
