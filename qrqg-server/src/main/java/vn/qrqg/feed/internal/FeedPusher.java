package vn.qrqg.feed.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.feed.FeedProperties;

/**
 * Delivers each app's feed to its push endpoint. One thread looks for endpoints with work (woken by
 * new items, a registration or a resume; otherwise every {@code poll-every}, for other instances'
 * items and retries that came due) and hands each to a bounded pool; a lease on the endpoint's row
 * keeps deliveries to one app one at a time across instances. A batch answered 2xx moves the
 * cursor; anything else, or no answer in time, is a failure: tried again after a wait doubling
 * from {@code retry-initial} to {@code retry-max}, with jitter, and paused after
 * {@code pause-after} failures in a row until the app resumes it, from its cursor.
 */
@Component
class FeedPusher implements SmartLifecycle {
    static final String PURPOSE = "POST feed push";
    private static final Logger LOG = LoggerFactory.getLogger(FeedPusher.class);
    /** Batches one app gets in a turn before the others' turn. */
    private static final int BATCHES_PER_TURN = 20;

    enum Outcome { NOTHING, DELIVERED, FAILED }

    private final FeedEndpointRepository endpoints;
    private final FeedReader reader;
    private final FeedSignal signal;
    private final Apps apps;
    private final FeedProperties.Push properties;
    private final PushUrls urls;
    private final PushDelivery delivery;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private final Duration lease;
    private volatile ExecutorService pool;
    private volatile Thread thread;

    FeedPusher(FeedEndpointRepository endpoints, FeedReader reader, FeedSignal signal, Apps apps, JsonMapper json,
            FeedProperties properties) {
        this.endpoints = endpoints;
        this.reader = reader;
        this.signal = signal;
        this.apps = apps;
        this.properties = properties.push();
        this.urls = new PushUrls(this.properties.allowPrivateAddresses(), java.net.InetAddress::getAllByName);
        this.delivery = new PushDelivery(json, this.properties.connectTimeout(), this.properties.readTimeout());
        // longer than a delivery may take, so that a lease only runs out when its instance stopped
        this.lease = this.properties.connectTimeout().plus(this.properties.readTimeout()).multipliedBy(2).plusSeconds(30);
    }

    /** Delivers to the app's endpoint until it is caught up or fails, at most a turn's batches; for tests as for the pool. */
    Outcome deliver(UUID appId) {
        Outcome last = Outcome.NOTHING;
        for (int batch = 0; batch < BATCHES_PER_TURN; batch++) {
            Outcome outcome = deliverOnce(appId);
            if (outcome != Outcome.DELIVERED) {
                return batch == 0 ? outcome : last;
            }
            last = outcome;
        }
        signal.workToDo(); // more to do: the next round comes at once
        return last;
    }

    private Outcome deliverOnce(UUID appId) {
        Optional<FeedEndpointRepository.Claim> claimed = endpoints.claim(appId, lease);
        if (claimed.isEmpty()) {
            return Outcome.NOTHING;
        }
        FeedEndpointRepository.Claim claim = claimed.get();
        Optional<CallingClient> app = FeedReader.reader(apps.find(appId));
        if (app.isEmpty()) { // suspended, or no longer feed:read: its items wait, as a pull would be refused
            endpoints.release(claim, properties.retryMax());
            return Outcome.NOTHING;
        }
        FeedReader.Batch batch = reader.page(app.get(), claim.cursor(), properties.batch());
        if (!batch.found()) {
            endpoints.release(claim, Duration.ZERO);
            return Outcome.NOTHING;
        }
        if (batch.events().isEmpty()) { // every item hidden from the app now: nothing to send
            endpoints.delivered(claim, batch.next(), false);
            return Outcome.DELIVERED;
        }
        String error;
        try {
            URI url = URI.create(claim.url());
            urls.requirePublic(url);
            int status = delivery.post(url, claim.secret(), batch.events(), batch.next());
            if (status >= 200 && status < 300) {
                reader.audit(app.get(), PURPOSE, batch.events());
                endpoints.delivered(claim, batch.next(), true);
                return Outcome.DELIVERED;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endpoints.release(claim, Duration.ZERO);
            return Outcome.NOTHING;
        } catch (PushUrls.RefusedAddressException e) {
            error = "RefusedAddress";
        } catch (HttpTimeoutException e) {
            error = e.getClass().getSimpleName();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName(); // never the message: it may quote the answer
        }
        int failures = claim.failures() + 1;
        endpoints.failed(claim, error, retryAfter(failures), properties.pauseAfter());
        if (failures >= properties.pauseAfter()) {
            LOG.warn("The feed push endpoint of app {} is paused after {} failures in a row (last: {})",
                    app.get().clientId(), failures, error);
        }
        return Outcome.FAILED;
    }

    /** {@code retry-initial} doubled for each failure before, at most {@code retry-max}, less up to half at random. */
    Duration retryAfter(int failures) {
        long initial = properties.retryInitial().toMillis();
        long max = properties.retryMax().toMillis();
        long wait = failures >= 40 ? max : Math.min(max, initial << Math.min(failures - 1, 30));
        return Duration.ofMillis(wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
    }

    @Override
    public synchronized void start() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(properties.concurrency(),
                task -> Thread.ofPlatform().daemon().name("feed-push-" + count.incrementAndGet()).unstarted(task));
        // assigned before it runs: run() stops as soon as it is not the current one
        Thread started = Thread.ofPlatform().daemon().name("feed-pusher").unstarted(this::run);
        thread = started;
        started.start();
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
        ExecutorService executor = pool;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                long seen = signal.workGeneration();
                int free = properties.concurrency() - inFlight.size();
                if (free > 0) {
                    for (UUID appId : endpoints.due(free + inFlight.size())) {
                        if (inFlight.size() < properties.concurrency() && inFlight.add(appId)) {
                            pool.execute(() -> turn(appId));
                        }
                    }
                }
                signal.awaitWorkAfter(seen, properties.pollEvery());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("The feed pusher failed ({}); trying again", e.getClass().getSimpleName());
                try {
                    Thread.sleep(properties.pollEvery().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void turn(UUID appId) {
        try {
            deliver(appId);
        } catch (RuntimeException e) {
            LOG.warn("A feed push delivery failed ({}); trying again later", e.getClass().getSimpleName());
        } finally {
            inFlight.remove(appId);
            signal.workToDo();
        }
    }
}
