package vn.qrqg.bench.load;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Jetty;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The run's one HTTP client: Jetty's, HTTP/1.1 with keep-alive. Jetty's client cost about half
 * the CPU per request of the JDK's {@code java.net.http.HttpClient} in our measurement
 * (docs/benchmarks.md), which matters when the generator shares two cores with the platform.
 */
final class HttpLoad implements AutoCloseable {
    /** Answers are small JSON documents; anything bigger is a bug worth failing on. */
    private static final int MAX_ANSWER_BYTES = 1 << 20;

    /**
     * An HTTP answer, or a transport failure ({@code failure} names its kind, {@code status} is 0).
     */
    record Answer(int status, String body, String failure) {
    }

    private final HttpClient client;
    private final long timeoutMillis;

    HttpLoad(int connections, Duration timeout) throws Exception {
        this.timeoutMillis = timeout.toMillis();
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("load-http");
        threads.setDaemon(true);
        client = new HttpClient();
        client.setExecutor(threads);
        client.setMaxConnectionsPerDestination(connections);
        // the open loop bounds what is in flight itself; never let Jetty refuse a request for queueing
        client.setMaxRequestsQueuedPerDestination(LoadOptions.MAX_CONCURRENCY * 4);
        client.setConnectTimeout(2_000);
        client.setIdleTimeout(60_000);
        client.setFollowRedirects(false);
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "qrqg-load"));
        client.start();
    }

    static String clientName() {
        return "Jetty HttpClient " + Jetty.VERSION;
    }

    /** Sends a JSON {@code POST}, or a {@code GET}, without waiting; {@code then} runs on one of Jetty's threads. */
    void send(LoadRequest request, Consumer<Answer> then) {
        Request http = client.newRequest(request.target());
        if (request.isGet()) {
            http.method(HttpMethod.GET);
        } else {
            http.method(HttpMethod.POST).body(new BytesRequestContent("application/json", request.json()));
        }
        if (request.authorization() != null) { // public endpoints: none
            http.headers(headers -> headers.put(HttpHeader.AUTHORIZATION, request.authorization()));
        }
        http.timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .send(new BufferingResponseListener(MAX_ANSWER_BYTES) {
                    @Override
                    public void onComplete(Result result) {
                        then.accept(result.isFailed()
                                ? new Answer(0, "", failureKind(result.getFailure()))
                                : new Answer(result.getResponse().getStatus(),
                                        getContentAsString(StandardCharsets.UTF_8), null));
                    }
                });
    }

    /** A blocking {@code POST} for setup calls; {@code authorization} may be null. */
    Answer post(URI target, String authorization, String contentType, byte[] body)
            throws InterruptedException {
        Request request = client.newRequest(target)
                .method(HttpMethod.POST)
                .body(new BytesRequestContent(contentType, body))
                .timeout(Math.max(timeoutMillis, 120_000), TimeUnit.MILLISECONDS);
        if (authorization != null) {
            request.headers(headers -> headers.put(HttpHeader.AUTHORIZATION, authorization));
        }
        try {
            ContentResponse response = request.send();
            return new Answer(response.getStatus(), response.getContentAsString(), null);
        } catch (ExecutionException e) {
            return new Answer(0, "", failureKind(e.getCause()));
        } catch (TimeoutException e) {
            return new Answer(0, "", "timeout");
        }
    }

    /** A blocking {@code GET} for setup calls. */
    Answer get(URI target, String authorization) throws InterruptedException {
        try {
            Request request = client.newRequest(target).method(HttpMethod.GET)
                    .timeout(Math.max(timeoutMillis, 120_000), TimeUnit.MILLISECONDS);
            if (authorization != null) {
                request.headers(headers -> headers.put(HttpHeader.AUTHORIZATION, authorization));
            }
            ContentResponse response = request.send();
            return new Answer(response.getStatus(), response.getContentAsString(), null);
        } catch (ExecutionException e) {
            return new Answer(0, "", failureKind(e.getCause()));
        } catch (TimeoutException e) {
            return new Answer(0, "", "timeout");
        }
    }

    /** A short, stable name for a transport failure, as the error table counts it. */
    static String failureKind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return "timeout";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof EOFException || cause instanceof ClosedChannelException) {
                return "connection closed";
            }
        }
        return failure == null ? "failed" : failure.getClass().getSimpleName();
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) { // the run is over; a client that stops badly changes no result
            System.err.println("load: the HTTP client did not stop cleanly: " + e);
        }
    }
}
