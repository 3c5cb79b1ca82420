package vn.qrqg.feed.internal;

import io.nats.client.JetStream;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.feed.FeedProperties;

/**
 * Publishes every app's feed items to NATS JetStream as well, when {@code qrqg.feed.nats.url} is
 * set: after the sequencer's commit, in the feed's order, one instance at a time (an advisory
 * lock), each item as the app would pull it, to {@code qrqg.feed.<family>.<clientId>} with
 * {@code Nats-Msg-Id} = event id and app id, so that JetStream drops a repeat. Nothing is lost
 * while NATS is away: the cursor {@code feed_nats_cursor} moves only once JetStream acknowledged
 * a round, and publishing resumes from it. Streams missing are created, keeping items as long as
 * the feed does.
 */
@Component
class FeedNats implements SmartLifecycle {
    static final String PURPOSE = "NATS qrqg.feed";
    private static final Logger LOG = LoggerFactory.getLogger(FeedNats.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final FeedRepository repository;
    private final FeedReader reader;
    private final FeedSignal signal;
    private final Apps apps;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final FeedProperties properties;
    private final FeedNatsLink link;
    private volatile Thread thread;

    FeedNats(FeedRepository repository, FeedReader reader, FeedSignal signal, Apps apps, JsonMapper json,
            TransactionTemplate transactions, FeedProperties properties) {
        this.repository = repository;
        this.reader = reader;
        this.signal = signal;
        this.apps = apps;
        this.json = json;
        this.transactions = transactions;
        this.properties = properties;
        this.link = new FeedNatsLink(properties);
    }

    /**
     * Publishes one round, if no other instance is; for tests as for the loop.
     *
     * @return how many items it went past (published, or not the app's to see)
     */
    int publishOnce() {
        JetStream jetStream = link.jetStream();
        Integer done = transactions.execute(status -> {
            if (!repository.lockNatsPublisher()) {
                return 0;
            }
            List<FeedRepository.AppItem> page = repository.pageOfAll(repository.natsPublished(), properties.nats().batch());
            if (page.isEmpty()) {
                return 0;
            }
            Map<UUID, List<FeedRepository.Item>> byApp = new LinkedHashMap<>();
            page.forEach(item -> byApp.computeIfAbsent(item.appId(), app -> new ArrayList<>()).add(item.item()));
            List<CompletableFuture<PublishAck>> acks = new ArrayList<>();
            Map<CallingClient, List<FeedReader.Event>> sent = new LinkedHashMap<>();
            byApp.forEach((appId, items) -> {
                Optional<CallingClient> app = FeedReader.reader(apps.find(appId));
                if (app.isPresent()) {
                    List<FeedReader.Event> events = reader.visible(app.get(), items);
                    for (FeedReader.Event event : events) {
                        Headers headers = new Headers().add("Nats-Msg-Id", event.eventId() + ":" + appId);
                        acks.add(jetStream.publishAsync(FeedFamily.of(event.type()).subject(app.get().clientId()), headers,
                                json.writeValueAsBytes(event)));
                    }
                    sent.put(app.get(), events);
                }
            });
            try {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NatsUnavailableException(e);
            } catch (Exception e) { // not acknowledged: the cursor stays, the round is published again
                throw new NatsUnavailableException(e);
            }
            sent.forEach((app, events) -> reader.audit(app, PURPOSE, events));
            repository.natsPublishedUpTo(page.getLast().item().seq());
            return page.size();
        });
        return done == null ? 0 : done;
    }

    /** JetStream did not acknowledge a round, or cannot be reached. */
    static final class NatsUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NatsUnavailableException(Throwable cause) {
            super("NATS JetStream did not acknowledge the feed's items", cause);
        }
    }

    @Override
    public synchronized void start() {
        if (properties.nats().enabled()) {
            // assigned before it runs: run() stops as soon as it is not the current one
            Thread started = Thread.ofPlatform().daemon().name("feed-nats").unstarted(this::run);
            thread = started;
            started.start();
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
        dropConnection();
    }

    private void dropConnection() {
        link.close();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        long pause = 1000;
        while (thread == Thread.currentThread()) {
            try {
                long seen = signal.itemsGeneration();
                if (publishOnce() < properties.nats().batch()) {
                    signal.awaitItemsAfter(seen, properties.recheckEvery());
                }
                pause = 1000;
            } catch (RuntimeException e) {
                dropConnection(); // the next round connects again, and makes any stream that went missing
                // the type alone: messages may quote SQL values or the server's address with credentials
                LOG.warn("Publishing the change feed to NATS failed ({}); trying again in {} s", e.getCause() == null
                        ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName(), pause / 1000);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, 30_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
