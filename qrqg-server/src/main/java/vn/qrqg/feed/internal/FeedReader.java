package vn.qrqg.feed.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.feed.FeedType;
import vn.qrqg.holders.HolderTokens;

/**
 * An app reads its feed: the items after its cursor, of the people it still holds a valid token
 * for (a token revoked since the item was written stops it here), or of everyone for an app that
 * reads everyone's records; waiting for new ones when asked. Each person's items read are audited
 * as the app's, one entry per person and page.
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
     * @param after the last item's number the app has, 0 for the start
     * @param wait how long to wait for an item when there is none yet (zero: not at all)
     */
    Page read(CallingClient app, long after, int limit, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long generation = signal.itemsGeneration();
            List<FeedRepository.Item> page = repository.page(app.appId(), after, limit);
            if (!page.isEmpty()) {
                return new Page(visible(app, page), Long.toString(page.getLast().seq()));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Page(List.of(), Long.toString(after));
            }
            signal.awaitItemsAfter(generation, Duration.ofNanos(Math.min(left, properties.recheckEvery().toNanos())));
        }
    }

    private List<Event> visible(CallingClient app, List<FeedRepository.Item> page) {
        boolean everyone = app.hasScope(Scopes.HEALTH_READ);
        Set<String> held = everyone ? Set.of() : holderTokens.heldBy(app.appId(), page.stream()
                .filter(item -> item.qid() != null && item.type() != FeedType.HOLDER_REVOKED)
                .map(FeedRepository.Item::qid).distinct().toList());
        List<Event> events = new ArrayList<>(page.size());
        Map<String, Set<String>> readOf = new LinkedHashMap<>();
        for (FeedRepository.Item item : page) {
            boolean shown = item.qid() == null || item.type() == FeedType.HOLDER_REVOKED || everyone
                    || held.contains(item.qid());
            if (shown) {
                events.add(new Event(item.eventId(), item.type(), item.qid(), item.at(), item.data()));
                if (item.qid() != null) {
                    readOf.computeIfAbsent(item.qid(), qid -> new LinkedHashSet<>()).add(item.type().name());
                }
            }
        }
        if (!readOf.isEmpty()) {
            audit.recordAll(readOf.entrySet().stream().map(read -> AuditEntry.of(app, Scopes.FEED_READ, PURPOSE,
                    new Qid(read.getKey()), null, List.copyOf(read.getValue()), "READ")).toList());
        }
        return events;
    }
}
