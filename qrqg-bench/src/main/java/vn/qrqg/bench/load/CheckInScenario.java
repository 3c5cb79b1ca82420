package vn.qrqg.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Offline readers' uploads: {@code POST /api/v1/checkins/batch} with {@value #EVENTS} events a
 * request, from a venue's staff scanner. Setup registers a venue as its owner would (the code read
 * from the SMS outbox), adds a staff scanner, and issues QRs to {@code --people} people (default
 * 1,000). Request {@code i} is reader {@code load-<seed>-<i>}'s batch, sequences 0 to 999: every
 * event is new. Visitors come in pairs of events, an entry and an exit with the same QR, as at a
 * door. A batch counts as a success only when all of its events come back {@code STORED}; events
 * per second are the {@code batch} row's rate times {@value #EVENTS}; such a batch is acknowledged
 * as {@code checkins <readerId>}.
 */
final class CheckInScenario implements Scenario {
    static final int EVENTS = 1_000;
    private static final String STORED = "\"STORED\"";

    private final LoadOptions options;
    private TokenSource scanner;
    private String[] events; // each person's {"text":…,"direction": with the occurredAt to follow
    private String occurredAt;
    private URI target;

    CheckInScenario(LoadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "checkins";
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        StaffedVenue venue = StaffedVenue.prepare(setup, name(), "restaurant", 1_000);
        scanner = venue.scanner();
        events = new String[venue.maskedTexts().length];
        for (int i = 0; i < events.length; i++) {
            events[i] = ",\"text\":" + venue.maskedTexts()[i] + ",\"direction\":\"";
        }
        // a minute ago: within the lateness the platform accepts for the whole run (at most an hour)
        occurredAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
        target = setup.platform().uri("/api/v1/checkins/batch");
    }

    @Override
    public LoadRequest request(long sequence) {
        StringBuilder body = new StringBuilder(EVENTS * 220).append("{\"events\":[");
        String reader = "load-" + options.seed() + "-" + sequence;
        for (int i = 0; i < EVENTS; i++) {
            long random = SyntheticPeople.mix(options.seed() ^ ((sequence * EVENTS + i / 2) * 0x9E3779B97F4A7C15L));
            String person = events[(int) Math.floorMod(random, (long) events.length)];
            body.append(i == 0 ? "" : ",").append("{\"readerId\":\"").append(reader).append("\",\"sequence\":").append(i)
                    .append(person).append(i % 2 == 0 ? "IN" : "OUT").append("\",\"occurredAt\":\"")
                    .append(occurredAt).append("\"}");
        }
        return new LoadRequest(target, scanner.authorization(),
                body.append("]}").toString().getBytes(StandardCharsets.UTF_8), "batch", reader);
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        if (status != 200) {
            return Outcome.httpError(status, body);
        }
        int stored = 0;
        for (int at = body.indexOf(STORED); at >= 0; at = body.indexOf(STORED, at + STORED.length())) {
            stored++;
        }
        return stored == EVENTS ? Outcome.ok(request.kind()) : Outcome.error("not all stored");
    }

    /** {@code checkins <readerId>}: the batch of that reader was stored, all of it. */
    @Override
    public String acknowledged(LoadRequest request, int status, String body) {
        return judge(request, status, body).ok() ? "checkins " + request.context() : null;
    }
}
