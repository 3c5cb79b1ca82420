package vn.qrqg.platform.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;

/**
 * An external system behind one of the platform's ports, called over HTTP with JSON: a base URL,
 * a connect and a request timeout, never a redirect followed. Whatever keeps it from answering
 * (a timeout, a refused connection, an interruption) becomes the adapter's own "unavailable"
 * exception, with a message that names the system and never the request (which may carry
 * personal data). What an answer means, its status included, is the adapter's to say.
 * Thread-safe.
 */
public final class ExternalService {
    /** What the system answered: status and body as text. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final String name;
    private final String baseUrl;
    private final Duration requestTimeout;
    private final BiFunction<String, Throwable, ? extends RuntimeException> unavailable;
    private final HttpClient http;

    /**
     * @param name the system as messages name it, e.g. "the population registry"
     * @param unavailable the adapter's exception for a system that does not answer (message, cause)
     */
    public ExternalService(String name, URI baseUrl, Duration connectTimeout, Duration requestTimeout,
            BiFunction<String, Throwable, ? extends RuntimeException> unavailable) {
        String base = baseUrl.toString();
        this.name = name;
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.requestTimeout = requestTimeout;
        this.unavailable = unavailable;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** {@code GET {base-url}{path}}, accepting JSON; {@code path} must hold only checked, URL-safe values. */
    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** Several {@link #get}s at once, concurrently: the answers by key, in the order asked. */
    public <K> Map<K, Answer> getAll(Map<K, String> paths) {
        Map<K, CompletableFuture<HttpResponse<String>>> asked = new LinkedHashMap<>();
        paths.forEach((key, path) -> asked.put(key, http.sendAsync(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString())));
        Map<K, Answer> answers = new LinkedHashMap<>();
        for (Map.Entry<K, CompletableFuture<HttpResponse<String>>> each : asked.entrySet()) {
            try {
                HttpResponse<String> response = each.getValue().join();
                answers.put(each.getKey(), new Answer(response.statusCode(), response.body()));
            } catch (CompletionException e) {
                throw unreachable(e.getCause() == null ? e : e.getCause());
            }
        }
        return answers;
    }

    /** {@code POST {base-url}{path}} with a JSON body and these headers (e.g. a bearer credential). */
    public Answer post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The adapter's exception for an answer it cannot use: "{name} answered HTTP {status}{why}". */
    public RuntimeException unexpected(Answer answer, String why) {
        return unavailable.apply(name + " answered HTTP " + answer.status() + why, null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(requestTimeout)
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable.apply("interrupted while waiting for " + name, e);
        }
    }

    private RuntimeException unreachable(Throwable e) {
        if (e instanceof HttpTimeoutException) {
            return unavailable.apply(name + " did not answer within its timeout", e);
        }
        return unavailable.apply(name + " cannot be reached (" + e.getClass().getSimpleName() + ")", e);
    }

    @Override
    public String toString() {
        return "ExternalService[" + name + " at " + baseUrl + "]";
    }
}
