package vn.qrqg.feed.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * One POST of a batch to an app's endpoint, signed. Redirects are never followed (a 3xx is a
 * failure: the app registers where it wants deliveries), and the answer's body is never read.
 */
final class PushDelivery {
    /** The body: the same page as a pull answers. */
    record Body(List<FeedReader.Event> items, String next) {
    }

    private final HttpClient http;
    private final JsonMapper json;
    private final Duration readTimeout;

    PushDelivery(JsonMapper json, Duration connectTimeout, Duration readTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.json = json;
        this.readTimeout = readTimeout;
    }

    /** @return the answer's status */
    int post(URI url, String secret, List<FeedReader.Event> items, long next) throws IOException, InterruptedException {
        byte[] body = json.writeValueAsBytes(new Body(items, Long.toString(next)));
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "QRQG-Feed-Push/1")
                .header("X-QRQG-Delivery", UUID.randomUUID().toString())
                .header("X-QRQG-Timestamp", timestamp)
                .header("X-QRQG-Signature", PushSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close(); // never read: an endpoint cannot make the platform download anything
        return response.statusCode();
    }
}
