package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * bin/cluster-test's suspension check: an app is certified and calls every instance directly
 * ({@code GET /api/v1/apps/me}, 200), so that each has its status in memory; then an operator
 * suspends it through the first instance, and each instance is asked again every
 * {@value #POLL_MILLIS} ms until it refuses the app's token (401). Prints, as JSON, how long each
 * took from the suspension's answer, in ms ({@code null}: still accepted after {@value #LIMIT_SECONDS} s).
 * Loopback only; bounded by {@value #LIMIT_SECONDS} s of polling.
 */
public final class SuspensionProbe {
    static final long POLL_MILLIS = 20;
    static final long LIMIT_SECONDS = 30;

    private SuspensionProbe() {
    }

    /** Arguments: the instances' URLs; the first one takes the suspension. */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length < 1) {
            System.err.println("usage: SuspensionProbe INSTANCE_URL...");
            System.exit(2);
        }
        List<URI> instances = new ArrayList<>();
        for (String arg : args) {
            URI url = URI.create(arg.endsWith("/") ? arg : arg + "/");
            if (!LoopbackGuard.isLoopback(url)) {
                throw new IllegalArgumentException("the cluster test runs on this machine only, not " + url);
            }
            instances.add(url);
        }
        try (HttpLoad http = new HttpLoad(instances.size() * 2, Duration.ofSeconds(5))) {
            Platform first = new Platform(http, instances.getFirst(), System.getenv("QRQG_BOOTSTRAP_ADMIN_SECRET"));
            Platform.App app = first.certifiedApp("qrqg cluster-test suspension " + System.currentTimeMillis(),
                    List.of("qr:issue"));
            String token = "Bearer " + first.token(app.clientId(), app.clientSecret(), "qr:issue").value();
            for (URI instance : instances) {
                int status = http.get(instance.resolve("api/v1/apps/me"), token).status();
                if (status != 200) {
                    System.err.println("cluster-test: " + instance + " answered the certified app " + status);
                    System.exit(1);
                }
            }
            first.appStatus(app.appId(), "SUSPENDED");
            long suspendedAt = System.nanoTime();
            ExecutorService pollers = Executors.newFixedThreadPool(instances.size());
            try {
                List<Future<Long>> refusals = new ArrayList<>();
                for (URI instance : instances) {
                    refusals.add(pollers.submit(() -> refusedAfter(http, instance.resolve("api/v1/apps/me"), token,
                            suspendedAt)));
                }
                Map<String, Object> millis = new LinkedHashMap<>();
                for (int i = 0; i < instances.size(); i++) {
                    millis.put(instances.get(i).toString(), refusals.get(i).get());
                }
                System.out.println(JSON.std.asString(Map.of("appId", app.appId(), "refusedAfterMillis", millis)));
            } finally {
                pollers.shutdownNow();
            }
        }
    }

    /** Milliseconds from {@code since} to the first 401 of {@code target}, or null past the limit. */
    private static Long refusedAfter(HttpLoad http, URI target, String token, long since) throws InterruptedException {
        long limit = since + Duration.ofSeconds(LIMIT_SECONDS).toNanos();
        while (System.nanoTime() < limit) {
            if (http.get(target, token).status() == 401) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return null;
    }
}
