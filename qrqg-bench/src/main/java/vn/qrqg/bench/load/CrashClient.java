package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client of {@code bin/crash-test} (docs/benchmarks.md): {@code ingest} sets up a venue and
 * uploads batches of {@value #EVENTS} events from a few threads until the platform stops
 * answering (the script kills it with SIGKILL meanwhile) or the time is up, and writes down which
 * batches were acknowledged; {@code verify}, after the restart, uploads every batch it sent again
 * and checks that each acknowledged one was stored, all of it, and that the venue's history holds
 * each event sent exactly once. Bounded: at most {@code --duration}, loopback only.
 */
public final class CrashClient {
    static final int EVENTS = 1_000;
    private static final int PEOPLE = 200;
    private static final int SENDERS = 4;

    private CrashClient() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length < 3 || !(args[0].equals("ingest") || args[0].equals("verify"))) {
            System.err.println("usage: CrashClient ingest|verify URL STATE_FILE [SECONDS]");
            System.exit(2);
        }
        URI url = URI.create(args[1]);
        if (!LoopbackGuard.isLoopback(url)) {
            throw new IllegalArgumentException("the crash test runs against this machine only, not " + url);
        }
        Path state = Path.of(args[2]);
        String secret = System.getenv("QRQG_BOOTSTRAP_ADMIN_SECRET");
        try (HttpLoad http = new HttpLoad(SENDERS * 2, Duration.ofSeconds(30))) {
            Platform platform = new Platform(http, url, secret);
            int code = args[0].equals("ingest")
                    ? ingest(http, platform, state, Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 60))
                    : verify(http, platform, state);
            System.exit(code);
        }
    }

    private static int ingest(HttpLoad http, Platform platform, Path state, Duration duration) throws Exception {
        PrintStream out = System.out;
        long seed = System.currentTimeMillis();
        SyntheticPeople people = new SyntheticPeople(seed, PEOPLE);
        platform.importPeople(people, out);
        Platform.App issuerApp = platform.certifiedApp("qrqg crash-test " + seed, List.of("qr:issue"));
        TokenSource issuer = new TokenSource(() -> platform.token(issuerApp.clientId(), issuerApp.clientSecret(), "qr:issue"));
        Platform.IssuedQr[] qrs = ScanScenario.issue(people, platform, issuer, new Scenario.Setup(platform, null, out));
        Platform.Venue venue = platform.registerVenue("qrqg crash-test " + seed, "restaurant");
        Platform.App staff = platform.staffScanner(venue, "Crash Reader");
        List<String> texts = new ArrayList<>();
        for (Platform.IssuedQr qr : qrs) {
            texts.add(qr.masked());
        }
        // a minute ago, for every event: one Vietnam day to count in the history
        String occurredAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("seed", seed);
        saved.put("venueCode", venue.venueCode());
        saved.put("ownerToken", venue.ownerToken());
        saved.put("clientId", staff.clientId());
        saved.put("clientSecret", staff.clientSecret());
        saved.put("occurredAt", occurredAt);
        saved.put("texts", texts);
        Files.writeString(state, JSON.std.asString(saved));
        String token = "Bearer " + platform.token(staff.clientId(), staff.clientSecret(), "checkin:venue").value();

        out.println("crash-test: ingesting");
        AtomicLong next = new AtomicLong();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong failures = new AtomicLong();
        Instant end = Instant.now().plus(duration);
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            senders.add(Thread.ofPlatform().start(() -> {
                try {
                    while (Instant.now().isBefore(end) && failures.get() == 0) {
                        long batch = next.getAndIncrement();
                        HttpLoad.Answer answer = http.post(platform.uri("/api/v1/checkins/batch"), token,
                                "application/json", body(seed, batch, texts, occurredAt));
                        if (answer.status() == 200 && count(answer.body(), "\"STORED\"") == EVENTS) {
                            acknowledged.add(batch);
                        } else {
                            failures.incrementAndGet(); // the platform went away: stop sending
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread sender : senders) {
            sender.join();
        }
        saved.put("sent", next.get());
        saved.put("acknowledged", new ArrayList<>(acknowledged));
        Files.writeString(state, JSON.std.asString(saved));
        out.printf("crash-test: sent %d batches (%,d events), %d acknowledged (%,d events), %d unanswered%n",
                next.get(), next.get() * EVENTS, acknowledged.size(), acknowledged.size() * (long) EVENTS, failures.get());
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static int verify(HttpLoad http, Platform platform, Path state) throws Exception {
        Map<String, Object> saved = JSON.std.mapFrom(Files.readString(state));
        long seed = ((Number) saved.get("seed")).longValue();
        List<String> texts = (List<String>) saved.get("texts");
        String occurredAt = (String) saved.get("occurredAt");
        long sent = ((Number) saved.get("sent")).longValue();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        ((List<Number>) saved.get("acknowledged")).forEach(batch -> acknowledged.add(batch.longValue()));
        String token = "Bearer " + platform.token((String) saved.get("clientId"), (String) saved.get("clientSecret"),
                "checkin:venue").value();
        int problems = 0;
        long storedBefore = 0;
        long storedNow = 0;
        for (long batch = 0; batch < sent; batch++) {
            HttpLoad.Answer answer = http.post(platform.uri("/api/v1/checkins/batch"), token, "application/json",
                    body(seed, batch, texts, occurredAt));
            int duplicates = count(answer.body(), "\"DUPLICATE\"");
            int stored = count(answer.body(), "\"STORED\"");
            if (answer.status() != 200 || duplicates + stored != EVENTS) {
                System.out.printf("crash-test: batch %d: %d %s%n", batch, answer.status(), answer.failure());
                problems++;
            } else if (acknowledged.contains(batch) && duplicates != EVENTS) {
                System.out.printf("crash-test: LOST: batch %d was acknowledged, but %d of its events were not stored%n",
                        batch, stored);
                problems++;
            } else if (duplicates != 0 && stored != 0) {
                System.out.printf("crash-test: TORN: batch %d was stored in part (%d of %d)%n", batch, duplicates, EVENTS);
                problems++;
            }
            storedBefore += duplicates;
            storedNow += stored;
        }
        String day = OffsetDateTime.parse(occurredAt).atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()
                .toString();
        Map<String, Object> history = platform.getJson("/api/v1/venues/" + saved.get("venueCode") + "/history?size=1&day="
                + day, "Bearer " + saved.get("ownerToken"));
        long total = ((Number) history.get("total")).longValue();
        System.out.printf("crash-test: replayed %d batches: %,d events were stored before the crash (every one of the "
                + "%,d acknowledged among them), %,d were not and are now%n", sent, storedBefore,
                acknowledged.size() * (long) EVENTS, storedNow);
        System.out.printf("crash-test: the venue's history holds %,d check-ins for %,d distinct events sent%n", total,
                sent * EVENTS);
        if (total != sent * EVENTS) {
            System.out.println("crash-test: FAILED: not every event is stored exactly once");
            problems++;
        }
        System.out.println(problems == 0 ? "crash-test: PASSED: every acknowledged event is stored, exactly once"
                : "crash-test: FAILED (" + problems + " problems)");
        return problems == 0 ? 0 : 1;
    }

    /** Batch {@code batch}: reader {@code crash-<seed>-<batch>}, sequences 0 to 999, the same every time. */
    static byte[] body(long seed, long batch, List<String> texts, String occurredAt) {
        StringBuilder body = new StringBuilder(EVENTS * 220).append("{\"events\":[");
        for (int i = 0; i < EVENTS; i++) {
            String text = texts.get((int) Math.floorMod(SyntheticPeople.mix(seed ^ (batch * EVENTS + i / 2)), texts.size()));
            body.append(i == 0 ? "" : ",").append("{\"readerId\":\"crash-").append(seed).append('-').append(batch)
                    .append("\",\"sequence\":").append(i).append(",\"text\":").append(quoted(text))
                    .append(",\"direction\":\"").append(i % 2 == 0 ? "IN" : "OUT").append("\",\"occurredAt\":\"")
                    .append(occurredAt).append("\"}");
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        try {
            return JSON.std.asString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(String body, String needle) {
        int count = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
