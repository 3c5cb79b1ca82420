package vn.qrqg.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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

    private final LoadOptions options;
    private Person[] people;
    private TokenSource pusher;
    private URI target;
    private FeedFollower follower; // null on a platform without a feed, or with pushes only
    private Acknowledgements acknowledgements = Acknowledgements.none();

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
        pusher = new TokenSource(() -> platform.token(lab.clientId(), lab.clientSecret(), "health:write"));
        target = platform.uri("/api/v1/health/vaccinations");
        // -Dqrqg.load.feed.pushesOnly=true: the same pushes with nobody following, the feed's peer
        if (Boolean.getBoolean("qrqg.load.feed.pushesOnly")) {
            return;
        }
        try {
            TokenSource reader = new TokenSource(
                    () -> platform.token(holder.clientId(), holder.clientSecret(), "feed:read"));
            follower = new FeedFollower(platform.uri("/api/v1/feed"), reader, "HEALTH_RECORDS_CHANGED", acknowledgements);
            follower.catchUp();
        } catch (IOException e) { // no feed:read, or no /api/v1/feed: a build from before issue 21
            follower = null;
        }
    }

    @Override
    public void measure(Results results) {
        if (follower != null) {
            follower.follow(results);
        }
    }

    @Override
    public void finish() throws InterruptedException {
        if (follower != null) {
            follower.stop(Duration.ofSeconds(3)); // the changes of the last pushes still on their way
        }
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
