package vn.qrqg.feed.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app team's push endpoint on 127.0.0.1, as a test needs it: it answers 500 to its first
 * {@code failFirst} deliveries (or to all while {@code failing}), then 200, keeps every delivery,
 * and verifies signatures as an app's back end would, with nothing of the platform's code.
 */
final class PushEndpointServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One delivery as it came, and what it was answered. */
    record Delivery(byte[] body, String timestamp, String signature, String deliveryId, int answered) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new ArrayList<>();
    private volatile int failFirst;
    private volatile boolean failing;

    PushEndpointServer(int failFirst) throws IOException {
        this.failFirst = failFirst;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/qrqg/feed", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/qrqg/feed";
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status;
        synchronized (deliveries) {
            status = failing || deliveries.size() < failFirst ? 500 : 200;
            deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-QRQG-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-QRQG-Signature"),
                    exchange.getRequestHeaders().getFirst("X-QRQG-Delivery"), status));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** The items of the deliveries answered 200, each event once (de-duplicated by eventId), in the order they came. */
    Map<String, JsonNode> accepted() {
        Map<String, JsonNode> events = new LinkedHashMap<>();
        for (Delivery delivery : deliveries()) {
            if (delivery.answered() == 200) {
                JSON.readTree(delivery.body()).path("items").forEach(item -> events.putIfAbsent(item.path("eventId").asString(), item));
            }
        }
        return events;
    }

    /** Whether the delivery's signature is the HMAC-SHA256 of "timestamp.body" under the secret (docs/feed.md). */
    static boolean signedWith(String secret, Delivery delivery) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        mac.update((delivery.timestamp() + ".").getBytes(StandardCharsets.US_ASCII));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(delivery.body()));
        return delivery.signature() != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                delivery.signature().getBytes(StandardCharsets.US_ASCII));
    }

    /** Waits until {@code done}, looking every 100 ms, at most {@code atMost}; whether it came. */
    static boolean await(BooleanSupplier done, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return done.getAsBoolean();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
