package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The change feed (issue 21): a laboratory pushes vaccination records ({@code POST
 * /api/v1/health/vaccinations}, {@value #BATCH} records a request, each of another person), and a
 * certified app that holds all these people follows its feed by long polls ({@code GET
 * /api/v1/feed?wait=10s}), as an app's back end would. A push counts (row {@code push}) when it
 * is a 200 with all its records created. Every {@code HEALTH_RECORDS_CHANGED} the app reads is a change delivered: row
 * {@code delivered} is the delay from the change ({@code at}, the push's commit) to its arrival
 * at the app, for changes made within the measured window. {@code --rate 10} is 1,000 changes a
 * second, the issue's target: p99 under 1 s. With {@code --acknowledged}, every item read is
 * written down in the order read ({@code feed <eventId>}, the app as {@code feed-app <appId>}),
 * and the feed is read to its end once the load is over.
 */
final class FeedScenario implements Scenario {
    static final int BATCH = 100;
    private static final String CREATED_ALL = "\"created\":" + BATCH + ",";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final LoadOptions options;
    private Person[] people;
    private TokenSource pusher;
    private TokenSource follower;
    private URI target;
    private URI feed; // null on a platform without a feed
    private volatile String cursor = "0";
    private Acknowledgements acknowledgements = Acknowledgements.none();
    private volatile Thread following;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FeedScenario(LoadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        int size = options.people() > 0 ? options.people() : 2_000;
        SyntheticPeople pool = new SyntheticPeople(options.seed(), size);
        Platform platform = setup.platform();
        setup.progress().printf("load: feed: %,d people from seed %d, held by one app%n", size, options.seed());
        platform.importPeople(pool, setup.progress());
        Platform.App app;
        try {
            app = platform.certifiedApp("qrqg-load feed " + options.seed(), List.of("qr:issue", "feed:read"));
        } catch (IOException e) {
            // a platform from before the feed knows no feed:read: its pushes alone are the peer
            setup.progress().println("load: feed: this platform has no change feed; pushes only, nothing delivered");
            app = platform.certifiedApp("qrqg-load feed " + options.seed(), List.of("qr:issue"));
        }
        Platform.App holder = app;
        acknowledgements = setup.acknowledgements();
        acknowledgements.record("feed-app " + app.appId());
        Platform.App lab = platform.certifiedApp("qrqg-load lab " + options.seed(), List.of("health:write"));
        TokenSource issuer = new TokenSource(() -> platform.token(holder.clientId(), holder.clientSecret(), "qr:issue"));
        ScanScenario.issue(pool, platform, issuer, setup);
        people = new Person[size];
        for (int i = 0; i < size; i++) {
            people[i] = pool.get(i);
        }
        // -Dqrqg.load.feed.pushesOnly=true: the same pushes with nobody following, the feed's peer
        feed = Boolean.getBoolean("qrqg.load.feed.pushesOnly") ? null : platform.uri("/api/v1/feed");
        try {
            follower = feed == null ? null
                    : new TokenSource(() -> platform.token(holder.clientId(), holder.clientSecret(), "feed:read"));
        } catch (IOException e) {
            feed = null;
        }
        pusher = new TokenSource(() -> platform.token(lab.clientId(), lab.clientSecret(), "health:write"));
        target = platform.uri("/api/v1/health/vaccinations");
        if (feed == null) {
            return;
        }
        try {
            int drained = 0;
            while (page(Duration.ZERO, null) > 0 && drained++ < 10_000) {
                // read up to now: the changes of the setup are not measured
            }
        } catch (NoFeed e) {
            feed = null;
        }
    }

    /** The platform answers 404 to GET /api/v1/feed: a build from before issue 21. */
    private static final class NoFeed extends IOException {
        private static final long serialVersionUID = 1L;

        NoFeed() {
            super("no /api/v1/feed");
        }
    }

    @Override
    public void measure(Results results) {
        if (feed == null) {
            return;
        }
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

    @Override
    public void finish() throws InterruptedException {
        Thread running = following;
        if (running == null) {
            return;
        }
        Thread.sleep(3_000); // the changes of the last pushes still on their way
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
                if ("HEALTH_RECORDS_CHANGED".equals(item.get("type"))) {
                    long delay = Duration.between(Instant.parse((String) item.get("at")), arrived).toNanos();
                    results.delivered("delivered", Math.max(0, delay), arrivedNanos - delay);
                }
            }
        }
        return items.size();
    }

    @Override
    public LoadRequest request(long sequence) {
        StringBuilder body = new StringBuilder(BATCH * 140).append("{\"items\":[");
        for (int i = 0; i < BATCH; i++) {
            long n = sequence * BATCH + i;
            Person person = people[(int) (n % people.length)];
            body.append(i == 0 ? "" : ",").append("{\"sourceId\":\"load-").append(options.seed()).append('-').append(n)
                    .append("\",\"documentNumber\":\"").append(person.documentNumber())
                    .append("\",\"date\":\"2021-09-01\",\"doseNumber\":").append(1 + (n / people.length) % 3)
                    .append(",\"product\":\"EU/1/20/1528\"}");
        }
        return new LoadRequest(target, pusher.authorization(), body.append("]}").toString().getBytes(StandardCharsets.UTF_8),
                "push");
    }

    /** A batch is answered 200 with its counts: every record of it must have been created. */
    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        if (status != 200) {
            return Outcome.httpError(status, body);
        }
        return body.contains(CREATED_ALL) ? Outcome.ok(request.kind()) : Outcome.error("not every record created");
    }
}
