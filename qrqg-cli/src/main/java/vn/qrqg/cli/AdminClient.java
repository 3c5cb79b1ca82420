package vn.qrqg.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * Calls the running platform's admin API (docs/api.md) as the operator: gets an {@code admin}
 * token with the bootstrap secret, then calls one endpoint with it.
 */
final class AdminClient implements AutoCloseable {

    static final String SECRET_VARIABLE = "QRQG_BOOTSTRAP_ADMIN_SECRET";
    static final String URL_VARIABLE = "QRQG_URL";
    static final String DEFAULT_URL = "http://localhost:8080";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Where the commands read environment variables; tests replace it. */
    static Function<String, String> environment = System::getenv;

    /** Ends a command with a message on standard error and an exit code; see {@link QrqgCommand}. */
    static final class Failure extends RuntimeException {
        final int exitCode;

        Failure(int exitCode, String message) {
            super(message, null, false, false);
            this.exitCode = exitCode;
        }
    }

    private final String url;
    private final String secret;
    private HttpClient reads;
    private String readToken;

    private AdminClient(String url, String secret) {
        this.url = url;
        this.secret = secret;
    }

    /** The client for {@code --url} (else {@code QRQG_URL}, else localhost) with the secret from the environment. */
    static AdminClient connect(String urlOption) {
        String secret = environment.apply(SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
            throw new Failure(QrqgCommand.USAGE, "set " + SECRET_VARIABLE
                    + " to the admin secret the platform printed at its first start");
        }
        String url = urlOption != null ? urlOption : environment.apply(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            url = DEFAULT_URL;
        }
        return new AdminClient(url.strip().replaceAll("/+$", ""), secret);
    }

    String url() {
        return url;
    }

    /** POSTs {@code body} to {@code path} with an admin token and returns the JSON object answered. */
    Map<String, Object> post(String path, String contentType, HttpRequest.BodyPublisher body, Duration timeout) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()) {
            String token = token(http);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .POST(body);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return send(http, request.build(), timeout);
        }
    }

    private String token(HttpClient http) {
        // RFC 6749 §2.3.1: the client id and secret are form-encoded before Basic encoding.
        String credentials = "admin:" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/oauth2/token")).timeout(DEFAULT_TIMEOUT)
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=admin"))
                .build();
        Object token = send(http, request, DEFAULT_TIMEOUT).get("access_token");
        if (!(token instanceof String text) || text.isEmpty()) {
            throw new Failure(QrqgCommand.NOT_VALID, "the platform at " + url + " answered no access_token");
        }
        return text;
    }

    /**
     * GETs {@code path} and returns the text answered: with an admin token unless {@code open} (a
     * public path, such as the JWKS). A command's many reads share one connection and one token.
     */
    String getText(String path, boolean open) {
        if (reads == null) {
            reads = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(DEFAULT_TIMEOUT)
                .header("Accept", "application/json").GET();
        if (!open) {
            if (readToken == null) {
                readToken = token(reads);
            }
            request.header("Authorization", "Bearer " + readToken);
        }
        return answer(reads, request.build(), DEFAULT_TIMEOUT).body();
    }

    /** The JSON object a GET of {@code path} answers; see {@link #getText}. */
    Map<String, Object> get(String path, boolean open) {
        String body = getText(path, open);
        Map<String, Object> json = parse(body);
        if (json.isEmpty() && !body.isBlank()) {
            throw new Failure(QrqgCommand.NOT_VALID, "the platform answered " + path + " with something other than JSON");
        }
        return json;
    }

    private Map<String, Object> send(HttpClient http, HttpRequest request, Duration timeout) {
        HttpResponse<String> response = answer(http, request, timeout);
        Map<String, Object> json = parse(response.body());
        if (json.isEmpty() && !response.body().isBlank()) {
            throw new Failure(QrqgCommand.NOT_VALID, "the platform answered " + request.uri().getPath()
                    + " with something other than JSON (HTTP " + response.statusCode() + ")");
        }
        return json;
    }

    /** The platform's answer when it is a success; a {@link Failure} saying why otherwise. */
    private HttpResponse<String> answer(HttpClient http, HttpRequest request, Duration timeout) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new Failure(QrqgCommand.NOT_VALID, "no platform answers at " + url + " (connecting timed out after "
                    + CONNECT_TIMEOUT.toSeconds() + " s)");
        } catch (HttpTimeoutException e) {
            throw new Failure(QrqgCommand.NOT_VALID, "the platform at " + url + " did not answer within "
                    + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new Failure(QrqgCommand.NOT_VALID, "no platform answers at " + url + " (start it with bin/qrqg serve)");
        } catch (IOException e) {
            throw new Failure(QrqgCommand.NOT_VALID, "calling " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(QrqgCommand.NOT_VALID, "interrupted while calling " + request.uri());
        }
        if (response.statusCode() / 100 != 2) {
            Map<String, Object> json = parse(response.body());
            Object said = json.get("detail") != null ? json.get("detail") : json.get("title");
            String message = said != null ? said.toString() : "the platform refused " + request.uri().getPath();
            throw new Failure(QrqgCommand.NOT_VALID, message + " (HTTP " + response.statusCode() + ")");
        }
        return response;
    }

    /** Closes the connection of the reads, if any. */
    @Override
    public void close() {
        if (reads != null) {
            reads.close();
        }
    }

    /** The JSON object in {@code body}, or an empty map when it is not one. */
    private static Map<String, Object> parse(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.std.mapFrom(body);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * Wraps a body so that, while it is sent, {@code progress} gets a percentage at most once a
     * second.
     */
    static HttpRequest.BodyPublisher withProgress(HttpRequest.BodyPublisher body, PrintWriter progress) {
        long total = body.contentLength();
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return total;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                body.subscribe(new Flow.Subscriber<>() {
                    private long sent;
                    private long lastPrinted = System.nanoTime();

                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        sent += item.remaining();
                        long now = System.nanoTime();
                        if (total > 0 && now - lastPrinted >= 1_000_000_000L && sent < total) {
                            lastPrinted = now;
                            progress.println(String.format("  %d%% (%d of %d bytes)", sent * 100 / total, sent, total));
                            progress.flush();
                        }
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(throwable);
                    }

                    @Override
                    public void onComplete() {
                        subscriber.onComplete();
                    }
                });
            }
        };
    }
}
