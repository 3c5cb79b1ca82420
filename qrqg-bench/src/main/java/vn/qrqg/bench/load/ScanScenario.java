package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scanning: {@code POST /api/v1/scans} with the text of a QR the platform issued during setup,
 * by a scanner with one scan scope ({@code --scope}: one of them, or a random mix). Every scan
 * should come back {@code VALID}; any other outcome is an error. The kind of a request, and its
 * latency row, is the scope it was scanned with.
 */
final class ScanScenario implements Scenario {
    static final List<String> SCOPES = List.of("venue", "health", "police");
    private static final int SETUP_ISSUERS = 8;
    private static final String OUTCOME = "\"outcome\":\"";

    private final LoadOptions options;
    private final Map<String, TokenSource> tokens = new LinkedHashMap<>();
    private byte[][] maskedBodies;
    private byte[][] fullBodies;
    private URI target;

    ScanScenario(LoadOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "scans";
    }

    @Override
    public void prepare(Setup setup) throws IOException, InterruptedException {
        int size = options.people() > 0 ? options.people() : 2_000;
        SyntheticPeople people = new SyntheticPeople(options.seed(), size);
        Platform platform = setup.platform();
        setup.progress().printf("load: scans: %,d people from seed %d%n", size, options.seed());
        platform.importPeople(people, setup.progress());
        if (options.insured()) {
            platform.importCards(people, setup.progress());
        }
        Platform.App app = platform.certifiedApp("qrqg-load scans " + options.seed(),
                List.of("qr:issue", "scan:venue", "scan:health", "scan:police"));
        setup.acknowledgements().record("scans-client " + app.clientId());
        TokenSource issuer = new TokenSource(() -> platform.token(app.clientId(), app.clientSecret(), "qr:issue"));
        for (String scope : SCOPES) {
            if (options.scanScope().equals("mixed") || options.scanScope().equals(scope)) {
                tokens.put(scope, new TokenSource(
                        () -> platform.token(app.clientId(), app.clientSecret(), "scan:" + scope)));
            }
        }
        issueAll(people, platform, issuer, setup);
        target = platform.uri("/api/v1/scans");
    }

    /** Issues every person's QR, a few at a time, and keeps both forms as ready request bodies. */
    private void issueAll(SyntheticPeople people, Platform platform, TokenSource issuer, Setup setup)
            throws IOException, InterruptedException {
        Platform.IssuedQr[] qrs = issue(people, platform, issuer, setup, options.insured());
        maskedBodies = new byte[qrs.length][];
        fullBodies = new byte[qrs.length][];
        for (int i = 0; i < qrs.length; i++) {
            maskedBodies[i] = JSON.std.asBytes(Map.of("text", qrs[i].masked()));
            fullBodies[i] = JSON.std.asBytes(Map.of("text", qrs[i].full()));
        }
    }

    /** Issues every person's QR, {@value #SETUP_ISSUERS} at a time; the QRs in the people's order. */
    static Platform.IssuedQr[] issue(SyntheticPeople people, Platform platform, TokenSource issuer, Setup setup)
            throws IOException, InterruptedException {
        return issue(people, platform, issuer, setup, false);
    }

    /** @param insured with each person's health-insurance number in their QR */
    static Platform.IssuedQr[] issue(SyntheticPeople people, Platform platform, TokenSource issuer, Setup setup,
            boolean insured) throws IOException, InterruptedException {
        setup.progress().printf("load: issuing %,d QRs to scan…%n", people.size());
        Platform.IssuedQr[] qrs = new Platform.IssuedQr[people.size()];
        ExecutorService issuers = Executors.newFixedThreadPool(SETUP_ISSUERS);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                int index = i;
                pending.add(issuers.submit(() -> {
                    qrs[index] = platform.issue(people.get(index), issuer.authorization(), insured);
                    return null;
                }));
            }
            for (Future<?> issued : pending) {
                issued.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("issuing the QRs to scan failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            issuers.shutdownNow();
        }
        return qrs;
    }

    @Override
    public LoadRequest request(long sequence) {
        long random = SyntheticPeople.mix(options.seed() ^ (sequence * 0x9E3779B97F4A7C15L));
        int index = (int) Math.floorMod(random, (long) maskedBodies.length);
        String scope = options.scanScope().equals("mixed")
                ? SCOPES.get((int) Math.floorMod(random >>> 32, 3L))
                : options.scanScope();
        boolean full = switch (options.qrForm()) {
            case "full" -> true;
            case "mixed" -> ((random >>> 48) & 1) == 1;
            default -> false;
        };
        byte[] body = full ? fullBodies[index] : maskedBodies[index];
        return new LoadRequest(target, tokens.get(scope).authorization(), body, scope);
    }

    @Override
    public Outcome judge(LoadRequest request, int status, String body) {
        if (status != 200) {
            return Outcome.httpError(status, body);
        }
        String outcome = outcomeOf(body);
        return "VALID".equals(outcome) ? Outcome.ok(request.kind()) : Outcome.error("outcome " + outcome);
    }

    /**
     * {@code scan <scope>}: the platform answered a scan with a verdict (any outcome), which it
     * audits before it answers; the scanner's client is {@code scans-client <clientId>}.
     */
    @Override
    public String acknowledged(LoadRequest request, int status, String body) {
        return status == 200 ? "scan " + request.kind() : null;
    }

    /** The {@code outcome} of a scan answer, without parsing the whole document. */
    static String outcomeOf(String body) {
        int start = body.indexOf(OUTCOME);
        int end = start < 0 ? -1 : body.indexOf('"', start + OUTCOME.length());
        return end < 0 ? "missing" : body.substring(start + OUTCOME.length(), end);
    }
}
