package vn.qrqg.portal.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.portal.PortalProperties;

/**
 * The platform's own public API, called over loopback HTTP as the portal app: its access token
 * (from {@code /oauth2/token}, kept until shortly before it expires) and, for a person, their
 * holder token in {@value HolderTokens#HEADER}. Answers come back as they are, errors included,
 * so that the browser sees the API's status and problem details unchanged. Neither token ever
 * reaches a log.
 */
@Component
class LoopbackApi implements ApplicationListener<WebServerInitializedEvent> {
    /** A token this close to its expiry is renewed first. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortalApp app;
    private final RestClient client;
    private volatile int port;
    private volatile AccessToken token;

    LoopbackApi(PortalApp app, PortalProperties properties) {
        this.app = app;
        // HTTP/1.1: over loopback, an h2c upgrade attempt on every request would only cost
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.apiTimeout());
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    /** An API answer: status, content type (null when none) and body, as the API sent them. */
    record Answer(int status, MediaType contentType, byte[] body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private record AccessToken(String value, Instant renewAt) {
    }

    /** The main web server's port (not a management server's): where the API answers on this instance. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String namespace = event.getApplicationContext().getServerNamespace();
        if (namespace == null || namespace.isEmpty()) {
            port = event.getWebServer().getPort();
        }
    }

    /**
     * @param holderToken the person's, or null
     * @param json the request body, or null
     */
    Answer call(HttpMethod method, String path, String holderToken, byte[] json) {
        RestClient.RequestBodySpec request = client.method(method).uri(URI.create(base() + path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken())
                .accept(MediaType.ALL);
        if (holderToken != null) {
            request.header(HolderTokens.HEADER, holderToken);
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                response.getHeaders().getContentType(), response.getBody().readAllBytes()));
    }

    Answer call(HttpMethod method, String path, String holderToken, Object body) {
        return call(method, path, holderToken, body == null ? null : JSON.writeValueAsBytes(body));
    }

    private String accessToken() {
        AccessToken current = token;
        if (current != null && Instant.now().isBefore(current.renewAt())) {
            return current.value();
        }
        synchronized (this) {
            if (token == null || !Instant.now().isBefore(token.renewAt())) {
                token = fetchToken();
            }
            return token.value();
        }
    }

    private AccessToken fetchToken() {
        String basic = Base64.getEncoder().encodeToString((app.clientId() + ":" + app.secret())
                .getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials&scope=" + String.join("%20", PortalApp.SCOPES);
        Answer answer = client.post().uri(URI.create(base() + "/oauth2/token"))
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                        response.getHeaders().getContentType(), response.getBody().readAllBytes()));
        if (!answer.ok()) {
            // the body names the OAuth2 error (e.g. the app is suspended); it holds no secret
            throw new PortalExceptions.PortalUnavailableException("the portal app got no access token: HTTP " + answer.status());
        }
        JsonNode json = answer.json();
        long seconds = json.path("expires_in").asLong(300);
        return new AccessToken(json.path("access_token").asString(),
                Instant.now().plusSeconds(seconds).minus(RENEW_BEFORE));
    }

    private String base() {
        if (port == 0) {
            throw new PortalExceptions.PortalUnavailableException("the web server has not started yet");
        }
        return "http://127.0.0.1:" + port;
    }
}
