package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A certified app's back end following its change feed by long polls ({@code GET
 * /api/v1/feed?wait=10s&limit=500}), for the feed scenarios: every item of the measured type
 * read while measuring is a change delivered, its delay from the change ({@code at}) to its
 * arrival recorded as row {@code delivered}. With {@code --acknowledged}, every item read is
 * written down in the order read ({@code feed <eventId>}), and the feed is read to its end once
 * the load is over.
 */
final class FeedFollower {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final URI feed;
    private final TokenSource follower;
    private final String measuredType;
    private final Acknowledgements acknowledgements;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String cursor = "0";
    private volatile Thread following;

    /** The platform answers 404 to GET /api/v1/feed: a build from before issue 21. */
    static final class NoFeed extends IOException {
        private static final long serialVersionUID = 1L;

        NoFeed() {
            super("no /api/v1/feed");
        }
    }

    /** @param measuredType the item type whose delay is measured, e.g. {@code ALERT_ISSUED} */
    FeedFollower(URI feed, TokenSource follower, String measuredType, Acknowledgements acknowledgements) {
        this.feed = feed;
        this.follower = follower;
        this.measuredType = measuredType;
        this.acknowledgements = acknowledgements;
    }

    /** Reads up to now, so that the changes of the setup are not measured. */
    void catchUp() throws IOException, InterruptedException {
        for (int pages = 0; pages < 10_000 && page(Duration.ZERO, null) > 0; pages++) {
            // each page read moves the cursor on
        }
    }

    /** Follows the feed by long polls on a thread of its own until {@link #stop}. */
    void follow(Results results) {
        Thread thread = Thread.ofPlatform().daemon().name("feed-follower").unstarted(() -> {
            while (following == Thread.currentThread()) {
                try {
                    page(WAIT, results);
                } catch (IOException e) {
                    results.failed("feed read failed", 1);
                    try {
                        Thread.sleep(1_000); // not a busy loop against a platform that refuses
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        following = thread; // before it starts: its loop runs while it is the one following
        thread.start();
    }

    /** Stops following once the changes of the last requests had {@code settle} to arrive. */
    void stop(Duration settle) throws InterruptedException {
        Thread running = following;
        if (running == null) {
            return;
        }
        Thread.sleep(settle.toMillis());
        following = null;
        running.interrupt();
        running.join(WAIT.plusSeconds(5).toMillis());
        if (acknowledgements.on()) {
            try { // read to the end, so that the record holds every item written so far
                for (int pages = 0; pages < 1_000 && page(Duration.ZERO, null) > 0; pages++) {
                    // each page recorded as read
                }
            } catch (IOException e) {
                System.err.println("load: feed: the last read failed: " + e.getMessage());
            }
        }
    }

    /** Reads one page from the cursor; each change read is recorded. @return the items read */
    private int page(Duration wait, Results results) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(feed + "?limit=500&wait=" + wait.toMillis() + "ms&after=" + cursor))
                .timeout(wait.plusSeconds(10)).header("Authorization", follower.authorization()).GET().build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        long arrivedNanos = System.nanoTime();
        Instant arrived = Instant.now();
        if (answer.statusCode() == 404) {
            throw new NoFeed();
        }
        if (answer.statusCode() != 200) {
            throw new IOException("GET /api/v1/feed answered " + answer.statusCode());
        }
        Map<String, Object> page = JSON.std.mapFrom(answer.body());
        cursor = String.valueOf(page.get("next"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        for (Map<String, Object> item : items) {
            acknowledgements.record("feed " + item.get("eventId"));
        }
        if (results != null) {
            for (Map<String, Object> item : items) {
                if (measuredType.equals(item.get("type"))) {
                    long delay = Duration.between(Instant.parse((String) item.get("at")), arrived).toNanos();
                    results.delivered("delivered", Math.max(0, delay), arrivedNanos - delay);
                }
            }
        }
        return items.size();
    }
}
