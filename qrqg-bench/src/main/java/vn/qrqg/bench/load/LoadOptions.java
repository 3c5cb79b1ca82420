package vn.qrqg.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What one run does, validated; {@link LoadCommand} reads it from the command line.
 *
 * @param rate requests per second for an open loop; 0 for a closed loop
 * @param concurrency closed loop: requests kept in flight; open loop: the most in flight at once
 * @param people the scenario's pool of people; 0 for the scenario's default
 * @param venueCheckIns the check-ins the history scenario stores at its venue for the day it reads
 * @param scanScope {@code venue}, {@code health}, {@code police} or {@code mixed} (scans only)
 * @param qrForm {@code masked}, {@code full} or {@code mixed}: which form a scan sends (scans only)
 * @param insured whether every person gets a health-insurance card whose number their QR carries (scans only)
 * @param acknowledged where what the platform acknowledged is written ({@link Acknowledgements}); null: nowhere
 * @param startWhen a file whose appearance starts the load once set up (several generators at once); null: at once
 */
record LoadOptions(URI url, String scenario, Duration duration, Duration warmup, double rate, int concurrency,
        int people, int venueCheckIns, long seed, String scanScope, String qrForm, boolean insured, Duration timeout, long maxRequests,
        Path json, boolean allowNonLoopback, Path acknowledged, Path startWhen) {

    static final Duration MAX_DURATION = Duration.ofHours(1);
    static final Duration MAX_WARMUP = Duration.ofMinutes(10);
    static final double MAX_RATE = 100_000;
    static final int MAX_CONCURRENCY = 4096;
    static final long MAX_REQUESTS = 100_000_000;
    static final int MAX_VENUE_CHECKINS = 1_000_000;

    LoadOptions {
        String scheme = url.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || url.getHost() == null) {
            throw new IllegalArgumentException("--url must be an http(s) URL with a host, not " + url);
        }
        check(!duration.isNegative() && duration.toMillis() >= 1000 && duration.compareTo(MAX_DURATION) <= 0,
                "--duration must be between 1s and 1h");
        check(!warmup.isNegative() && warmup.compareTo(MAX_WARMUP) <= 0, "--warmup must be between 0s and 10m");
        check(rate >= 0 && rate <= MAX_RATE, "--rate must be above 0 and at most 100000 per second");
        check(concurrency >= 1 && concurrency <= MAX_CONCURRENCY, "--concurrency must be between 1 and 4096");
        check(people >= 0 && people <= SyntheticPeople.MAX, "--people must be between 1 and 1000000");
        check(venueCheckIns >= 1 && venueCheckIns <= MAX_VENUE_CHECKINS,
                "--venue-checkins must be between 1 and 1000000");
        check(timeout.toMillis() >= 100 && timeout.compareTo(Duration.ofMinutes(1)) <= 0,
                "--timeout must be between 100ms and 1m");
        check(maxRequests >= 1 && maxRequests <= MAX_REQUESTS, "--max-requests must be between 1 and 100000000");
        check(Scenarios.names().contains(scenario), "--scenario must be one of " + Scenarios.names());
        check(scanScope.matches("venue|health|police|mixed"), "--scope must be venue, health, police or mixed");
        check(qrForm.matches("masked|full|mixed"), "--form must be masked, full or mixed");
    }

    boolean openLoop() {
        return rate > 0;
    }

    /** Warmup and measurement together: after this the generator sends nothing more. */
    Duration sendingTime() {
        return warmup.plus(duration);
    }

    /** How many requests an open loop plans to send in all, warmup included; a closed loop's upper bound. */
    long plannedRequests() {
        if (!openLoop()) {
            return maxRequests;
        }
        return Math.min(maxRequests, (long) Math.ceil(rate * sendingTime().toNanos() / 1e9));
    }

    /** {@code 200/s open loop} or {@code closed loop of 16}: how the load was applied, for reports. */
    String loadShape() {
        return openLoop()
                ? String.format("open loop at %s/s, at most %d in flight", Report.number(rate), concurrency)
                : "closed loop of " + concurrency;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
