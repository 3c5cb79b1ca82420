package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The platform's contract as the generator uses it (docs/api.md, and {@code POST /api/v1/scans}),
 * faked in a few lines on the JDK's HTTP server: enough to run every scenario end to end in a
 * unit test, without Spring or a database. Issuance proves the person as the platform does
 * with scope {@code qr:issue}: a {@code 202} and a code in its SMS outbox for the registry's phone
 * (at most {@value #CODES_PER_DOCUMENT} a person), the code sent back for the QR; scope
 * {@code qr:in-person} gets the QR at once. Scans of a QR it issued are VALID; its one venue's
 * history holds every check-in uploaded.
 */
final class StubPlatform implements AutoCloseable {
    static final String VENUE = "ABCDEFGH0";
    static final int CODES_PER_DOCUMENT = 5;
    /** Document number to the phone the registry holds. */
    final Map<String, String> registry = new ConcurrentHashMap<>();
    final Set<String> issued = ConcurrentHashMap.newKeySet();
    /** Every request, {@code METHOD path}, in the order they arrived. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Per phone, the texts sent to it, newest first. */
    private final Map<String, Deque<String>> outbox = new ConcurrentHashMap<>();
    private final Map<String, Challenge> challenges = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> codesSent = new ConcurrentHashMap<>();
    final AtomicLong scans = new AtomicLong();
    final AtomicLong checkIns = new AtomicLong();
    /** Every history read: its method, query and whether it had a body, e.g. {@code GET day=2021-09-11&page=0 -}. */
    final List<String> historyReads = new CopyOnWriteArrayList<>();
    private static final Map<String, Object> MISMATCH =
            Map.of("type", "https://qrqg.vn/problems/declaration-mismatch", "status", 422);
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final long delayMillis;

    StubPlatform(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        requests.add(exchange.getRequestMethod() + " " + path);
        Object answer;
        int status = 200;
        if (path.equals("/oauth2/token")) {
            String scope = java.net.URLDecoder.decode(body.substring(body.indexOf("scope=") + 6), StandardCharsets.UTF_8);
            answer = Map.of("access_token", "t-" + scope, "token_type", "Bearer", "expires_in", 600);
        } else if (path.equals("/api/v1/admin/apps")) {
            answer = Map.of("appId", "a1", "clientId", "c1", "clientSecret", "s1", "status", "PENDING");
        } else if (path.startsWith("/api/v1/admin/apps/")) {
            answer = Map.of("status", "CERTIFIED");
        } else if (path.equals("/api/v1/admin/registry/import")) {
            long rows = body.lines().skip(1).map(line -> line.split(","))
                    .peek(row -> registry.put(row[0], row[4])).count();
            answer = Map.of("imported", rows, "updated", 0, "rejectedCount", 0, "rejected", List.of());
        } else if (path.equals("/api/v1/citizens/qr") && auth.equals("Bearer t-qr:in-person")) {
            String document = (String) JSON.std.mapFrom(body).get("documentNumber");
            answer = registry.containsKey(document) ? issue(document) : MISMATCH;
            status = registry.containsKey(document) ? 200 : 422;
        } else if (path.equals("/api/v1/citizens/qr") && auth.equals("Bearer t-qr:issue")) {
            String document = (String) JSON.std.mapFrom(body).get("documentNumber");
            if (!registry.containsKey(document)) {
                status = 422;
                answer = MISMATCH;
            } else if (codesSent.computeIfAbsent(document, d -> new AtomicInteger()).incrementAndGet()
                    > CODES_PER_DOCUMENT) {
                status = 429;
                answer = Map.of("type", "https://qrqg.vn/problems/too-many-codes", "status", 429);
            } else {
                String challengeId = UUID.randomUUID().toString();
                String code = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
                challenges.put(challengeId, new Challenge(document, code));
                sms(registry.get(document), "Ma xac nhan QR ca nhan QRQG: " + code + ", het han sau 5 phut.");
                status = 202;
                answer = Map.of("challengeId", challengeId, "sentTo", "09******78", "expiresAt", Instant.now().toString());
            }
        } else if (path.startsWith("/api/v1/citizens/qr/challenges/") && auth.equals("Bearer t-qr:issue")) {
            Challenge challenge = challenges.get(path.substring(path.lastIndexOf('/') + 1));
            if (challenge == null) {
                status = 404;
                answer = Map.of("type", "https://qrqg.vn/problems/challenge-not-found", "status", 404);
            } else if (!challenge.code().equals(JSON.std.mapFrom(body).get("code"))) {
                status = 422;
                answer = Map.of("type", "https://qrqg.vn/problems/wrong-code", "status", 422);
            } else {
                challenges.remove(path.substring(path.lastIndexOf('/') + 1));
                answer = issue(challenge.document());
            }
        } else if (path.equals("/api/v1/admin/sms-outbox") && auth.equals("Bearer t-admin")) {
            String phone = exchange.getRequestURI().getQuery().replaceAll(".*phone=([0-9+]+).*", "$1");
            String newest = outbox.getOrDefault(phone, new ArrayDeque<>()).peekFirst();
            answer = Map.of("items", newest == null ? List.of() : List.of(Map.of("phone", phone, "text", newest)));
        } else if (path.equals("/api/v1/scans") && auth.startsWith("Bearer t-scan:")) {
            scans.incrementAndGet();
            String text = (String) JSON.std.mapFrom(body).get("text");
            answer = Map.of("outcome", issued.contains(text.substring(2)) ? "VALID" : "INVALID_SIGNATURE");
        } else if (path.equals("/api/v1/venues/registrations")) {
            sms((String) JSON.std.mapFrom(body).get("ownerPhone"), "QRQG: ma xac nhan dang ky dia diem 042917");
            answer = Map.of("registrationId", "r1");
        } else if (path.equals("/api/v1/venues/registrations/r1/confirm")) {
            answer = Map.of("venueCode", VENUE, "ownerToken", "owner-1");
        } else if (path.equals("/api/v1/venues/" + VENUE + "/staff") && auth.equals("Bearer owner-1")) {
            answer = Map.of("staffId", "s1", "clientId", "c2", "clientSecret", "s2");
        } else if (path.equals("/api/v1/checkins/batch") && auth.equals("Bearer t-checkin:venue")) {
            List<?> events = (List<?>) JSON.std.mapFrom(body).get("events");
            checkIns.addAndGet(events.size());
            answer = Map.of("results", events.stream().map(event -> Map.of("status", "STORED")).toList());
        } else if (path.equals("/api/v1/venues/" + VENUE + "/history") && auth.equals("Bearer owner-1")) {
            historyReads.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getQuery() + " "
                    + (body.isEmpty() ? "-" : "body"));
            answer = Map.of("venueCode", VENUE, "page", 0, "size", 50, "total", checkIns.get(), "items", List.of());
        } else {
            status = 403;
            answer = Map.of("type", "https://qrqg.vn/problems/insufficient-scope", "status", 403);
        }
        pause();
        byte[] json = JSON.std.asBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    private Map<String, Object> issue(String document) {
        issued.add(document);
        return Map.of("qid", "1" + document, "qr", Map.of("masked", "M|" + document, "full", "F|" + document),
                "kid", "k", "issuedAt", Instant.now().toString(), "holderToken", "h-" + document);
    }

    private void sms(String phone, String text) {
        outbox.computeIfAbsent(phone, p -> new ConcurrentLinkedDeque<>()).addFirst(text);
    }

    private record Challenge(String document, String code) {
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
