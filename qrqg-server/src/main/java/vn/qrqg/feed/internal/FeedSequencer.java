package vn.qrqg.feed.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.Scopes;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.feed.FeedType;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.platform.database.Notifications;

/**
 * Moves pending changes into the apps' feeds, a batch per transaction, under an advisory lock so
 * that one instance at a time does it: each app's items are then numbered in the order they
 * commit, and a reader that saw item n never meets a later commit below n. An item goes to the
 * apps that hold a valid token for the person now (and to those that read everyone), or to the
 * one app a {@code HOLDER_REVOKED} is for, or, for a risk level, to the apps holding someone of
 * that area; only apps with scope {@code feed:read} get items.
 */
@Component
class FeedSequencer implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(FeedSequencer.class);

    private final FeedRepository repository;
    private final FeedSignal signal;
    private final HolderTokens holderTokens;
    private final Apps apps;
    private final TransactionTemplate transactions;
    private final FeedProperties properties;
    private final Notifications notifications;
    private volatile Thread thread;

    FeedSequencer(FeedRepository repository, FeedSignal signal, HolderTokens holderTokens, Apps apps,
            TransactionTemplate transactions, FeedProperties properties, Notifications notifications) {
        this.notifications = notifications;
        this.repository = repository;
        this.signal = signal;
        this.holderTokens = holderTokens;
        this.apps = apps;
        this.transactions = transactions;
        this.properties = properties;
    }

    /**
     * Sequences one batch, if no other instance is; for tests as for the loop.
     *
     * @return how many pending changes it took
     */
    int sequenceOnce() {
        Integer taken = transactions.execute(status -> {
            if (!repository.lockSequencer()) {
                return 0;
            }
            List<FeedRepository.StoredPending> batch = repository.oldestPending(properties.batch());
            if (batch.isEmpty()) {
                return 0;
            }
            write(batch);
            repository.deletePending(batch);
            notifications.notify(FeedSignal.ITEMS_CHANNEL, "");
            return batch.size();
        });
        if (taken != null && taken > 0) {
            signal.itemsWritten();
        }
        return taken == null ? 0 : taken;
    }

    private void write(List<FeedRepository.StoredPending> batch) {
        Map<UUID, Boolean> readers = new HashMap<>(); // app → whether it may read a feed
        Set<UUID> everyone = new HashSet<>();
        for (App app : apps.certified()) {
            if (app.scopes().contains(Scopes.FEED_READ) && app.scopes().contains(Scopes.HEALTH_READ)) {
                everyone.add(app.appId());
            }
        }
        Map<String, Set<UUID>> holding = holderTokens.appsHolding(batch.stream().map(FeedRepository.StoredPending::qid)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<String, Set<UUID>> inArea = new HashMap<>();
        List<UUID> to = new ArrayList<>();
        List<FeedRepository.StoredPending> items = new ArrayList<>();
        for (FeedRepository.StoredPending change : batch) {
            Set<UUID> targets = new HashSet<>();
            if (change.type() == FeedType.HOLDER_REVOKED) {
                targets.add(change.appId());
            } else if (change.type() == FeedType.RISK_LEVEL_CHANGED) {
                targets.addAll(inArea.computeIfAbsent(change.areaCode(), holderTokens::appsWithPeopleIn));
                targets.addAll(everyone);
            } else {
                targets.addAll(holding.getOrDefault(change.qid(), Set.of()));
                targets.addAll(everyone);
            }
            for (UUID app : targets) {
                if (readers.computeIfAbsent(app, this::readsFeed)) {
                    to.add(app);
                    items.add(change);
                }
            }
        }
        repository.insertItems(to, items);
    }

    private boolean readsFeed(UUID appId) {
        return apps.find(appId).map(app -> app.scopes().contains(Scopes.FEED_READ)).orElse(false);
    }

    @Override
    public synchronized void start() {
        // assigned before it runs: run() stops as soon as it is not the current one
        Thread started = Thread.ofPlatform().daemon().name("feed-sequencer").unstarted(this::run);
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
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                long seen = signal.pendingGeneration();
                if (sequenceOnce() < properties.batch()) {
                    signal.awaitPendingAfter(seen, properties.sequencerEvery());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the message may quote SQL values: the type alone, and try again after a pause
                LOG.warn("The change feed's sequencer failed ({}); trying again", e.getClass().getSimpleName());
                try {
                    Thread.sleep(properties.sequencerEvery().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
