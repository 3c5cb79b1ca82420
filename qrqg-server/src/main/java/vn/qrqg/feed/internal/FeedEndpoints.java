package vn.qrqg.feed.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.feed.FeedProperties;
import vn.qrqg.platform.web.FieldErrors;

/**
 * The apps' push endpoints: registration (the secret shown once), their state, pausing's way back,
 * and what operators see of every app's deliveries.
 */
@Service
class FeedEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(FeedEndpoints.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CURSOR = Pattern.compile("\\d{1,18}");

    /** The answer to a registration: the secret, once. */
    record Registered(String url, String secret, String since) {
    }

    /** How far behind the endpoint is: items after its cursor, and how long ago the oldest was written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lag(long items, Long oldestAgeSeconds) {
    }

    /** The endpoint as its app sees it; never the secret. */
    record View(String url, String state, Lag lag, int failures, String lastError, Instant lastFailureAt,
            Instant lastSuccessAt) {
    }

    /** One app as operators see its feed: the endpoint's host only, never its path (it may hold a token). */
    record AppFeed(UUID appId, String clientId, String name, String host, String state, Lag lag, int failures,
            String lastError, Instant lastSuccessAt) {
    }

    private final FeedEndpointRepository endpoints;
    private final FeedRepository items;
    private final FeedSignal signal;
    private final Apps apps;
    private final PushUrls urls;

    FeedEndpoints(FeedEndpointRepository endpoints, FeedRepository items, FeedSignal signal, Apps apps,
            FeedProperties properties) {
        this.endpoints = endpoints;
        this.items = items;
        this.signal = signal;
        this.apps = apps;
        this.urls = new PushUrls(properties.push().allowPrivateAddresses(), InetAddress::getAllByName);
    }

    /**
     * Registers the app's endpoint with a new secret. A new endpoint starts after the app's newest
     * item, a replaced one keeps its cursor; {@code after} (a pull's {@code next}) says where instead.
     */
    Registered register(CallingClient app, String url, String after) {
        FieldErrors errors = new FieldErrors();
        URI uri = urls.check(url, "url", errors);
        Long from = null;
        if (after != null && !after.isBlank()) {
            if (CURSOR.matcher(after.strip()).matches()) {
                from = Long.parseLong(after.strip());
            } else {
                errors.reject("after", "must be the next of a pull, or left out to start after the newest item");
            }
        }
        errors.throwIfAny();
        long cursor = from != null ? from
                : endpoints.find(app.appId()).map(FeedEndpointRepository.Endpoint::cursor).orElseGet(() -> items.newestSeq(app.appId()));
        String secret = newSecret();
        endpoints.save(app.appId(), uri.toString(), secret, cursor);
        LOG.info("App {} registered a feed push endpoint at {}", app.clientId(), uri.getHost());
        signal.workToDo();
        return new Registered(uri.toString(), secret, Long.toString(cursor));
    }

    View view(CallingClient app) {
        FeedEndpointRepository.Endpoint endpoint = endpoints.find(app.appId()).orElseThrow(FeedEndpointNotFoundException::new);
        return new View(endpoint.url(), endpoint.state().name(), lag(endpoint), endpoint.failures(), endpoint.lastError(),
                endpoint.lastFailureAt(), endpoint.lastSuccessAt());
    }

    void remove(CallingClient app) {
        if (endpoints.delete(app.appId())) {
            LOG.info("App {} removed its feed push endpoint", app.clientId());
        }
    }

    View resume(CallingClient app) {
        if (!endpoints.resume(app.appId())) {
            throw new FeedEndpointNotFoundException();
        }
        LOG.info("App {} resumed its feed push endpoint", app.clientId());
        signal.workToDo();
        return view(app);
    }

    /** Every app that reads a feed or has an endpoint: state, lag and failures (pull's lag is the app's to know). */
    List<AppFeed> overview() {
        Map<UUID, FeedEndpointRepository.Endpoint> byApp = new LinkedHashMap<>();
        endpoints.all().forEach(endpoint -> byApp.put(endpoint.appId(), endpoint));
        List<AppFeed> list = new ArrayList<>();
        for (App app : apps.certified()) {
            FeedEndpointRepository.Endpoint endpoint = byApp.remove(app.appId());
            if (endpoint != null || app.scopes().contains(Scopes.FEED_READ)) {
                list.add(row(app.appId(), app.clientId(), app.name(), endpoint));
            }
        }
        for (FeedEndpointRepository.Endpoint endpoint : byApp.values()) { // apps no longer certified
            App app = apps.find(endpoint.appId()).orElse(null);
            list.add(row(endpoint.appId(), app == null ? null : app.clientId(), app == null ? null : app.name(), endpoint));
        }
        return list;
    }

    private AppFeed row(UUID appId, String clientId, String name, FeedEndpointRepository.Endpoint endpoint) {
        if (endpoint == null) {
            return new AppFeed(appId, clientId, name, null, "NONE", null, 0, null, null);
        }
        return new AppFeed(appId, clientId, name, URI.create(endpoint.url()).getHost(), endpoint.state().name(),
                lag(endpoint), endpoint.failures(), endpoint.lastError(), endpoint.lastSuccessAt());
    }

    private Lag lag(FeedEndpointRepository.Endpoint endpoint) {
        FeedRepository.Lag lag = items.lag(endpoint.appId(), endpoint.cursor());
        return new Lag(lag.items(), lag.oldest() == null ? null
                : Math.max(0, Duration.between(lag.oldest(), Instant.now()).toSeconds()));
    }

    /** 32 random bytes, base64url without padding. */
    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
