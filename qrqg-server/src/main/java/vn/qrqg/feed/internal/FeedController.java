package vn.qrqg.feed.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.platform.web.FieldErrors;

/** {@code GET /api/v1/feed}: the calling app's change feed (docs/feed.md). */
@RestController
@RequiresScope(Scopes.FEED_READ)
class FeedController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    private static final Pattern CURSOR = Pattern.compile("\\d{1,18}");
    private static final Pattern WAIT = Pattern.compile("(\\d{1,6})(ms|s)?");

    private final FeedReader reader;
    private final FeedProperties properties;

    FeedController(FeedReader reader, FeedProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    @GetMapping("/api/v1/feed")
    ResponseEntity<FeedReader.Page> feed(@RequestParam(name = "after", required = false) String after,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "wait", required = false) String wait,
            @AuthenticationPrincipal CallingClient app) throws InterruptedException {
        FieldErrors errors = new FieldErrors();
        long cursor = 0;
        if (after != null && !after.isBlank()) {
            if (CURSOR.matcher(after.strip()).matches()) {
                cursor = Long.parseLong(after.strip());
            } else {
                errors.reject("after", "must be the next of an earlier answer, or left out to start at the oldest");
            }
        }
        int size = errors.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        Duration waiting = waiting(wait, errors);
        errors.throwIfAny();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reader.read(app, cursor, size, waiting));
    }

    /** {@code 30s}, {@code 1500ms} or seconds alone; zero when left out. */
    private Duration waiting(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return Duration.ZERO;
        }
        Matcher match = WAIT.matcher(text.strip());
        Duration wait = match.matches() ? ("ms".equals(match.group(2)) ? Duration.ofMillis(Long.parseLong(match.group(1)))
                : Duration.ofSeconds(Long.parseLong(match.group(1)))) : null;
        if (wait == null || wait.compareTo(properties.maxWait()) > 0) {
            errors.reject("wait", "must be a time of at most " + properties.maxWait().toSeconds() + "s, e.g. 30s or 1500ms");
            return Duration.ZERO;
        }
        return wait;
    }
}
