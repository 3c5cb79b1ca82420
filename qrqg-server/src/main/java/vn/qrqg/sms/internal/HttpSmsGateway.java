package vn.qrqg.sms.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.sms.SmsGateway;
import vn.qrqg.sms.SmsUnavailableException;

/**
 * The adapter for a real SMS gateway (docs/sms.md, "The HTTP contract"):
 * {@code POST {base-url}/messages} with {@code {to, text, sender, reference}} and the
 * credential as a bearer token; any 2xx means accepted. Anything else (timeouts, refused
 * connections, other statuses) is an {@link SmsUnavailableException} whose message carries
 * neither the number nor the text. No retry here: the caller's user asks again.
 */
final class HttpSmsGateway implements SmsGateway {
    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsGateway.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI messages;
    private final String token;
    private final String sender;
    private final Duration requestTimeout;
    private final HttpClient http;

    HttpSmsGateway(URI baseUrl, String token, String sender, Duration connectTimeout, Duration requestTimeout) {
        String base = baseUrl.toString();
        this.messages = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/messages");
        this.token = token;
        this.sender = sender;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(PhoneNumber to, String text) {
        UUID reference = UUID.randomUUID();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", to.e164());
        body.put("text", text);
        body.put("sender", sender);
        body.put("reference", reference.toString());
        HttpRequest request = HttpRequest.newBuilder(messages).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new SmsUnavailableException("the SMS gateway did not answer within its timeout", e);
        } catch (IOException e) {
            throw new SmsUnavailableException("the SMS gateway cannot be reached (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsUnavailableException("interrupted while waiting for the SMS gateway", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new SmsUnavailableException("the SMS gateway answered HTTP " + status
                    + (status == 401 || status == 403 ? ": check qrqg.sms.http.token (QRQG_SMS_TOKEN)" : ""));
        }
        LOG.debug("SMS {} accepted by the gateway", reference);
    }
}
