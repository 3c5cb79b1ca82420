package vn.qrqg.feed.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.App;
import vn.qrqg.clients.AppStatus;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.feed.FeedType;
import vn.qrqg.holders.HolderTokens;

/**
 * An app reads its feed: the items after its cursor, of the people it still holds a valid token
 * for (a token revoked since the item was written stops it here), or of everyone for an app that
 * reads everyone's records; waiting for new ones when asked. The one path by which items leave
 * the platform: a pull ({@link #read}), a push to the app's endpoint and a publication to NATS all
 * take their items through {@link #page} or {@link #visible}, and audit what the app got with
 * {@link #audit}, one entry per person and page.
 */
@Service
class FeedReader {
    static final String PURPOSE = "GET /api/v1/feed";

    /** The answer: the items, and the cursor to send as {@code after} next. */
    record Page(List<Event> items, String next) {
    }

    /** One item as apps read it (docs/feed.md). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(UUID eventId, FeedType type, String qid, Instant at, JsonNode data) {
    }

    /**
     * A page as the app may see it, not yet audited.
     *
     * @param events what the app is to get (none when every item was hidden from it)
     * @param next the last item's number looked at: the cursor after this page
     * @param found whether there was any item after the cursor
     */
    record Batch(List<Event> events, long next, boolean found) {
    }

    private final FeedRepository repository;
    private final FeedSignal signal;
    private final HolderTokens holderTokens;
    private final AuditTrail audit;
    private final FeedProperties properties;

    FeedReader(FeedRepository repository, FeedSignal signal, HolderTokens holderTokens, AuditTrail audit,
            FeedProperties properties) {
        this.repository = repository;
        this.signal = signal;
        this.holderTokens = holderTokens;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * A pull, audited as read.
     *
     * @param after the last item's number the app has, 0 for the start
     * @param wait how long to wait for an item when there is none yet (zero: not at all)
     */
    Page read(CallingClient app, long after, int limit, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long generation = signal.itemsGeneration();
            Batch batch = page(app, after, limit);
            if (batch.found()) {
                audit(app, PURPOSE, batch.events());
                return new Page(batch.events(), Long.toString(batch.next()));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || signal.isClosing()) {
                return new Page(List.of(), Long.toString(after));
            }
            signal.awaitItemsAfter(generation, Duration.ofNanos(Math.min(left, properties.recheckEvery().toNanos())));
        }
    }

    /** The app's items after {@code after} as it may see them; {@code next} stays {@code after} when there are none. */
    Batch page(CallingClient app, long after, int limit) {
        List<FeedRepository.Item> page = repository.page(app.appId(), after, limit);
        if (page.isEmpty()) {
            return new Batch(List.of(), after, false);
        }
        return new Batch(visible(app, page), page.getLast().seq(), true);
    }

    /** Those of the app's {@code items} it may see now, as it gets them. */
    List<Event> visible(CallingClient app, List<FeedRepository.Item> items) {
        boolean everyone = app.hasScope(Scopes.HEALTH_READ);
        Set<String> held = everyone ? Set.of() : holderTokens.heldBy(app.appId(), items.stream()
                .filter(item -> item.qid() != null && item.type() != FeedType.HOLDER_REVOKED)
                .map(FeedRepository.Item::qid).distinct().toList());
        List<Event> events = new ArrayList<>(items.size());
        for (FeedRepository.Item item : items) {
            boolean shown = item.qid() == null || item.type() == FeedType.HOLDER_REVOKED || everyone
                    || held.contains(item.qid());
            if (shown) {
                events.add(new Event(item.eventId(), item.type(), item.qid(), item.at(), item.data()));
            }
        }
        return events;
    }

    /**
     * The app as a reader when the platform sends it its items (push, NATS): with the scopes it holds
     * now; empty when it may not read a feed now (not certified, or without {@code feed:read}).
     */
    static Optional<CallingClient> reader(Optional<App> app) {
        return app.filter(found -> found.status() == AppStatus.CERTIFIED && found.scopes().contains(Scopes.FEED_READ))
                .map(found -> new CallingClient(found.appId(), found.clientId(), Set.copyOf(found.scopes()),
                        found.venueCode(), Set.copyOf(found.provinces()), found.vaccinationSite()));
    }

    /** The app got {@code events}: one audit entry per person, naming the types. */
    void audit(CallingClient app, String purpose, List<Event> events) {
        Map<String, Set<String>> readOf = new LinkedHashMap<>();
        for (Event event : events) {
            if (event.qid() != null) {
                readOf.computeIfAbsent(event.qid(), qid -> new LinkedHashSet<>()).add(event.type().name());
            }
        }
        if (!readOf.isEmpty()) {
            audit.recordAll(readOf.entrySet().stream().map(read -> AuditEntry.of(app, Scopes.FEED_READ, purpose,
                    new Qid(read.getKey()), null, List.copyOf(read.getValue()), "READ")).toList());
        }
    }
}
