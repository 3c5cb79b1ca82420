package vn.qrqg.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Verified issuance: {@code POST /api/v1/citizens/qr} declaring people the generator put in the
 * registry, each declaration checked against it. Request {@code i} declares person {@code i}, so
 * each person is issued a QR for the first time (a QID, two signatures, an insert): kind
 * {@code new}. Once the pool is used up it starts over, and the platform hands back the stored QR:
 * kind {@code repeat}. A person the platform had issued before this run (a reused {@code --seed})
 * is kind {@code stored}. The report gives each kind its own latency row.
 */
final class IssuanceScenario implements Scenario {
    private static final String ISSUED_AT = "\"issuedAt\":\"";

    private final LoadOptions options;
    private SyntheticPeople people;
    private TokenSource token;
    private URI target;
    private Instant preparedAt;

    IssuanceScenario(LoadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "issuance";
    }

    /** Enough people for every request of an open loop to be a first issuance; 100,000 for a closed loop. */
    static int defaultPeople(LoadOptions options) {
        long wanted = options.openLoop() ? options.plannedRequests() + options.concurrency() : 100_000;
        return (int) Math.min(SyntheticPeople.MAX, Math.max(1_000, wanted));
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        preparedAt = Instant.now();
        int size = options.people() > 0 ? options.people() : defaultPeople(options);
        people = new SyntheticPeople(options.seed(), size);
        setup.progress().printf("load: issuance: %,d people from seed %d%n", size, options.seed());
        if (options.openLoop() && options.plannedRequests() > size) {
            setup.progress().printf("load: %,d requests planned for %,d people: the rest are repeats%n",
                    options.plannedRequests(), size);
        }
        Platform platform = setup.platform();
        platform.importPeople(people, setup.progress());
        Platform.App app = platform.certifiedApp("qrqg-load issuance " + options.seed(), List.of("qr:issue"));
        token = new TokenSource(() -> platform.token(app.clientId(), app.clientSecret(), "qr:issue"));
        target = platform.uri("/api/v1/citizens/qr");
    }

    @Override
    public LoadRequest request(long sequence) {
        int index = (int) (sequence % people.size());
        String kind = sequence < people.size() ? "new" : "repeat";
        byte[] body = people.get(index).declarationJson().getBytes(StandardCharsets.UTF_8);
        return new LoadRequest(target, token.authorization(), body, kind);
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        if (status != 200) {
            return Outcome.httpError(status, body);
        }
        if (!body.contains("\"qid\"")) {
            return Outcome.error("200 without a qid");
        }
        if (request.kind().equals("new") && issuedBefore(body, preparedAt)) {
            return Outcome.ok("stored");
        }
        return Outcome.ok(request.kind());
    }

    /** True when the answer's {@code issuedAt} is before {@code instant}: the QR is older than this run. */
    static boolean issuedBefore(String body, Instant instant) {
        int start = body.indexOf(ISSUED_AT);
        int end = start < 0 ? -1 : body.indexOf('"', start + ISSUED_AT.length());
        if (end < 0) {
            return false;
        }
        try {
            return Instant.parse(body.substring(start + ISSUED_AT.length(), end)).isBefore(instant);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
