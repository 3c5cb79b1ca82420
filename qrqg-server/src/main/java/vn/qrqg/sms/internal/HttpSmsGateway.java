package vn.qrqg.sms.internal;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.platform.http.ExternalService;
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

    private final ExternalService gateway;
    private final String token;
    private final String sender;

    HttpSmsGateway(URI baseUrl, String token, String sender, Duration connectTimeout, Duration requestTimeout) {
        this.gateway = new ExternalService("the SMS gateway", baseUrl, connectTimeout, requestTimeout,
                SmsUnavailableException::new);
        this.token = token;
        this.sender = sender;
    }

    @Override
    public void send(PhoneNumber to, String text) {
        UUID reference = UUID.randomUUID();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", to.e164());
        body.put("text", text);
        body.put("sender", sender);
        body.put("reference", reference.toString());
        ExternalService.Answer answer = gateway.post("/messages", JSON.writeValueAsString(body),
                Map.of("Authorization", "Bearer " + token));
        if (!answer.ok()) {
            throw gateway.unexpected(answer, answer.status() == 401 || answer.status() == 403
                    ? ": check qrqg.sms.http.token (QRQG_SMS_TOKEN)" : "");
        }
        LOG.debug("SMS {} accepted by the gateway", reference);
    }
}
