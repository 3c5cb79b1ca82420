package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The platform's contract as the generator uses it (docs/api.md, and {@code POST /api/v1/scans}),
 * faked in a few lines on the JDK's HTTP server: enough to run every scenario end to end in a
 * unit test, without Spring or a database. Scans of a QR it issued are VALID; its one venue's
 * history holds every check-in uploaded.
 */
final class StubPlatform implements AutoCloseable {
    static final String VENUE = "ABCDEFGH0";
    final Set<String> registry = ConcurrentHashMap.newKeySet();
    final Set<String> issued = ConcurrentHashMap.newKeySet();
    final AtomicLong scans = new AtomicLong();
    final AtomicLong checkIns = new AtomicLong();
    /** Every history read: its method, query and whether it had a body, e.g. {@code GET day=2021-09-11&page=0 -}. */
    final List<String> historyReads = new CopyOnWriteArrayList<>();
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
            long rows = body.lines().skip(1).peek(line -> registry.add(line.substring(0, line.indexOf(',')))).count();
            answer = Map.of("imported", rows, "updated", 0, "rejectedCount", 0, "rejected", List.of());
        } else if (path.equals("/api/v1/citizens/qr") && auth.equals("Bearer t-qr:issue")) {
            String document = (String) JSON.std.mapFrom(body).get("documentNumber");
            if (registry.contains(document)) {
                issued.add(document);
                answer = Map.of("qid", "1" + document, "qr", Map.of("masked", "M|" + document, "full", "F|" + document),
                        "kid", "k", "issuedAt", Instant.now().toString());
            } else {
                status = 422;
                answer = Map.of("type", "https://qrqg.vn/problems/declaration-mismatch", "status", 422);
            }
        } else if (path.equals("/api/v1/scans") && auth.startsWith("Bearer t-scan:")) {
            scans.incrementAndGet();
            String text = (String) JSON.std.mapFrom(body).get("text");
            answer = Map.of("outcome", issued.contains(text.substring(2)) ? "VALID" : "INVALID_SIGNATURE");
        } else if (path.equals("/api/v1/venues/registrations")) {
            answer = Map.of("registrationId", "r1");
        } else if (path.equals("/api/v1/admin/sms-outbox")) {
            answer = Map.of("items", List.of(Map.of("text", "QRQG: your code is 123456")));
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
