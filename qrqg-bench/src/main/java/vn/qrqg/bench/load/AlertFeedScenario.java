package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The change feed fed by an outbreak (issue 21, with issue 17's tracing as the source of
 * changes): {@code --people} visitors (default 1,000), whose QRs one certified app issued and
 * holds, sat in one restaurant within the last hour (their entries and exits uploaded by its staff
 * scanner); then a health department reports one of them a case each request ({@code POST
 * /api/v1/tracing/cases}, one item). Each case makes every other visitor an F1: as many
 * {@code ALERT_ISSUED} changes, traced in the background. The app follows its feed by long polls;
 * row {@code delivered} is the delay from each alert ({@code at}, issued in the trace's
 * transaction) to its arrival at the app. {@code --rate 1} with the default 1,000 people is
 * about 1,000 changes a second, the issue's target: p99 under 1 s. A request counts (row
 * {@code case}) when it is a 200 with its case {@code CREATED}.
 */
final class AlertFeedScenario implements Scenario {
    private static final String CREATED = "\"status\":\"CREATED\"";
    private static final int EVENTS_PER_UPLOAD = 1_000;

    private final LoadOptions options;
    private Person[] people;
    private TokenSource department;
    private URI target;
    private FeedFollower follower;
    private String sampledAt;
    private String confirmedAt;

    AlertFeedScenario(LoadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "feed-alerts";
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        int size = options.people() > 0 ? options.people() : 1_000;
        SyntheticPeople pool = new SyntheticPeople(options.seed(), size);
        Platform platform = setup.platform();
        setup.progress().printf("load: feed-alerts: %,d visitors from seed %d, held by one app%n", size, options.seed());
        platform.importPeople(pool, setup.progress());
        String name = "qrqg-load feed-alerts " + options.seed();
        Platform.App app = platform.certifiedApp(name, List.of("qr:issue", "feed:read"));
        setup.acknowledgements().record("feed-app " + app.appId());
        TokenSource issuer = new TokenSource(() -> platform.token(app.clientId(), app.clientSecret(), "qr:issue"));
        Platform.IssuedQr[] qrs = ScanScenario.issue(pool, platform, issuer, setup);
        people = new Person[size];
        for (int i = 0; i < size; i++) {
            people[i] = pool.get(i);
        }
        visited(platform, qrs, setup);

        Platform.App health = platform.certifiedApp(name + " department", List.of("tracing:write"));
        department = new TokenSource(() -> platform.token(health.clientId(), health.clientSecret(), "tracing:write"));
        target = platform.uri("/api/v1/tracing/cases");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        sampledAt = now.minusHours(2).toString();
        confirmedAt = now.toString();

        TokenSource reader = new TokenSource(() -> platform.token(app.clientId(), app.clientSecret(), "feed:read"));
        follower = new FeedFollower(platform.uri("/api/v1/feed"), reader, "ALERT_ISSUED", setup.acknowledgements());
        follower.catchUp();
    }

    /** Every visitor in 40 minutes ago and out 20 minutes ago, at one restaurant, by its staff scanner. */
    private void visited(Platform platform, Platform.IssuedQr[] qrs, Setup setup) throws IOException, InterruptedException {
        Platform.Venue venue = platform.registerVenue("qrqg-load feed-alerts " + options.seed(), "restaurant");
        Platform.App staff = platform.staffScanner(venue, "Load Reader");
        String scanner = "Bearer " + platform.token(staff.clientId(), staff.clientSecret(), "checkin:venue").value();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String in = now.minusMinutes(40).toString();
        String out = now.minusMinutes(20).toString();
        StringBuilder events = new StringBuilder();
        int inUpload = 0;
        int uploads = 0;
        for (int i = 0; i < qrs.length * 2; i++) {
            String reader = "load-" + options.seed() + "-visits-" + uploads;
            events.append(inUpload == 0 ? "{\"events\":[" : ",").append("{\"readerId\":\"").append(reader)
                    .append("\",\"sequence\":").append(inUpload).append(",\"text\":")
                    .append(JSON.std.asString(qrs[i / 2].masked())).append(",\"direction\":\"")
                    .append(i % 2 == 0 ? "IN" : "OUT").append("\",\"occurredAt\":\"").append(i % 2 == 0 ? in : out)
                    .append("\"}");
            if (++inUpload == EVENTS_PER_UPLOAD || i == qrs.length * 2 - 1) {
                List<Map<String, Object>> results = platform.uploadBatch(scanner,
                        events.append("]}").toString().getBytes(StandardCharsets.UTF_8));
                long stored = results.stream().filter(result -> "STORED".equals(result.get("status"))).count();
                if (stored != results.size()) {
                    throw new IOException("the visits' upload stored " + stored + " of " + results.size() + " events");
                }
                events.setLength(0);
                inUpload = 0;
                uploads++;
            }
        }
        setup.progress().printf("load: venue %s, %,d visits uploaded%n", venue.venueCode(), qrs.length);
    }

    @Override
    public void measure(Results results) {
        follower.follow(results);
    }

    @Override
    public void finish() throws InterruptedException {
        follower.stop(Duration.ofSeconds(5)); // the last cases' tracing and their alerts still on their way
    }

    @Override
    public LoadRequest request(long sequence) {
        Person person = people[(int) (sequence % people.length)];
        String body = "{\"items\":[{\"sourceId\":\"load-" + options.seed() + "-case-" + sequence
                + "\",\"documentNumber\":\"" + person.documentNumber() + "\",\"sampledAt\":\"" + sampledAt
                + "\",\"confirmedAt\":\"" + confirmedAt + "\"}]}";
        return new LoadRequest(target, department.authorization(), body.getBytes(StandardCharsets.UTF_8), "case");
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        if (status != 200) {
            return Outcome.httpError(status, body);
        }
        return body.contains(CREATED) ? Outcome.ok(request.kind()) : Outcome.error("case not created");
    }
}
