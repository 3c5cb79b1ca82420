package vn.qrqg.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A bearer token kept fresh in the background: tokens live 10 minutes and a long run outlives
 * them. Requests read the current value; fetching a new one never holds a request up.
 */
final class TokenSource {
    private static final ScheduledExecutorService REFRESH = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "load-token-refresh");
        thread.setDaemon(true);
        return thread;
    });

    /** Fetches a new token. */
    interface Fetch {
        Platform.Token fetch() throws IOException, InterruptedException;
    }

    private final Fetch fetch;
    private volatile String authorization;

    /** Fetches the first token now, so setup fails early on bad credentials. */
    TokenSource(Fetch fetch) throws IOException, InterruptedException {
        this.fetch = fetch;
        Platform.Token token = fetch.fetch();
        authorization = "Bearer " + token.value();
        scheduleRefresh(halfOf(token.lifetime()));
    }

    /** The {@code Authorization} header value. */
    String authorization() {
        return authorization;
    }

    private void scheduleRefresh(Duration after) {
        REFRESH.schedule(this::refresh, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            Platform.Token token = fetch.fetch();
            authorization = "Bearer " + token.value();
            scheduleRefresh(halfOf(token.lifetime()));
        } catch (IOException | RuntimeException e) {
            System.err.println("load: could not refresh a token, keeping the old one: " + e.getMessage());
            scheduleRefresh(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration halfOf(Duration lifetime) {
        Duration half = lifetime.dividedBy(2);
        return half.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : half;
    }
}
