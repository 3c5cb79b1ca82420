package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.portal.PortalApiTestSupport;
import vn.qrqg.venues.TestVenues;

/**
 * A fuzzer of every text the published API takes: for each operation of the OpenAPI document,
 * with credentials that get it past authentication, each path variable and query parameter in
 * turn, then every string of its JSON body at once, holds a NUL, a bidirectional override or a
 * bell. Whatever the operation makes of it, the answer is never a 5xx, and the text never
 * reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class TextFieldFuzzIT extends PortalApiTestSupport {
    private static final String MARKER = "fz-marker";
    private static final List<String> POISONS = List.of("\u0000", "\u202E", "\u0007");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Credentials(String admin, String app, String holder, String owner, String staff, String cookie,
            String qid, String venueCode) {
    }

    @Test
    void noTextOfAnyOperationMakesAServerErrorOrReachesTheLog(CapturedOutput output) throws Exception {
        Credentials credentials = credentials();
        JsonNode api = TestClients.json(get("/v3/api-docs").body());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                JsonNode spec = operation.getValue();
                for (String poison : POISONS) {
                    for (JsonNode parameter : spec.path("parameters")) {
                        String in = parameter.path("in").asString();
                        if (!in.equals("path") && !in.equals("query")) {
                            continue;
                        }
                        String target = target(path.getKey(), spec, credentials, parameter.path("name").asString(),
                                MARKER + poison);
                        requests++;
                        check(failures, method, target, send(method, target, sampleBody(api, spec, null), credentials));
                    }
                    if (spec.path("requestBody").path("content").has("application/json")) {
                        String target = target(path.getKey(), spec, credentials, null, null);
                        requests++;
                        check(failures, method, target + " (body)", send(method, target, sampleBody(api, spec, MARKER + poison),
                                credentials));
                    }
                }
            }
        }
        assertThat(requests).as("the API document lists the operations").isGreaterThan(100);
        assertThat(failures).as("operations answering a 5xx to a poisoned text").isEmpty();
        assertThat(output.getAll()).doesNotContain(MARKER);
    }

    private static void check(List<String> failures, String method, String target, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            failures.add(method + " " + target + " -> " + response.statusCode() + " " + response.body());
        }
    }

    /** The operation's URL: every path variable a plausible value, but {@code poisoned}, which gets {@code value}. */
    private static String target(String template, JsonNode spec, Credentials credentials, String poisoned, String value) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : spec.path("parameters")) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            if (in.equals("path")) {
                String plausible = switch (name) {
                    case "qid" -> credentials.qid();
                    case "venueCode" -> credentials.venueCode();
                    case "provinceCode" -> "79";
                    case "kind" -> "vaccinations";
                    default -> UUID.randomUUID().toString();
                };
                path = path.replace("{" + name + "}", encoded(name.equals(poisoned) ? value : plausible));
            } else if (in.equals("query") && name.equals(poisoned)) {
                query.append(query.isEmpty() ? "?" : "&").append(encoded(name)).append('=').append(encoded(value));
            }
        }
        return path + query;
    }

    /** A JSON body of the operation's schema, every string {@code text}; null when it takes none or text is null. */
    private static String sampleBody(JsonNode api, JsonNode spec, String text) {
        JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return null;
        }
        return sample(api, schema, text == null ? "x" : text, 0).toString();
    }

    private static JsonNode sample(JsonNode api, JsonNode schema, String text, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return depth > 6 ? nodes.nullNode() : sample(api, api.path("components").path("schemas").path(name), text, depth + 1);
        }
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(choice)) {
                return sample(api, schema.path(choice).get(0), text, depth + 1);
            }
        }
        return switch (schema.path("type").asString("object")) {
            case "string" -> nodes.stringNode(text);
            case "integer" -> nodes.numberNode(1);
            case "number" -> nodes.numberNode(1.5);
            case "boolean" -> nodes.booleanNode(true);
            case "array" -> nodes.arrayNode().add(sample(api, schema.path("items"), text, depth + 1));
            default -> {
                ObjectNode object = nodes.objectNode();
                if (!schema.has("properties")) {
                    object.put(text, text); // a free-form object (a JsonNode body): a poisoned member too
                }
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(), sample(api, property.getValue(), text, depth + 1));
                }
                yield object;
            }
        };
    }

    /** With the credentials its path asks for, so that the text gets past authentication to the capability. */
    private HttpResponse<String> send(String method, String target, String body, Credentials credentials)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (target.startsWith("/portal/")) {
            request.header("X-QRQG-Portal", "1").header("Cookie", "QRQG_PORTAL=" + credentials.cookie());
        } else if (target.startsWith("/api/v1/admin/")) {
            request.header("Authorization", "Bearer " + credentials.admin());
        } else if (target.contains("/staff") || target.contains("/history") || target.contains("/poster")) {
            request.header("Authorization", "Bearer " + credentials.owner());
        } else if (target.startsWith("/api/v1/checkins/batch") || target.startsWith("/api/v1/scans")) {
            request.header("Authorization", "Bearer " + credentials.staff());
        } else {
            request.header("Authorization", "Bearer " + credentials.app()).header("X-Holder-Token", credentials.holder());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Credentials credentials() throws Exception {
        String admin = TestClients.adminToken(port);
        TestClients.CertifiedApp app = TestClients.certifiedApp(port, Scopes.QR_ISSUE, Scopes.QR_IN_PERSON,
                Scopes.SCAN_HEALTH, Scopes.HEALTH_WRITE, Scopes.HEALTH_READ, Scopes.CHECKIN_SELF);
        String appToken = app.token(port, String.join(" ", Scopes.QR_ISSUE, Scopes.QR_IN_PERSON, Scopes.SCAN_HEALTH,
                Scopes.HEALTH_WRITE, Scopes.HEALTH_READ, Scopes.CHECKIN_SELF));
        JsonNode issued = issued(appToken, registered("Phạm Văn Fuzz", 1977, Gender.MALE).body(null));
        TestVenues.NewVenue venue = TestVenues.newVenue(port, "Quán Fuzz", "restaurant");
        String staff = TestVenues.staffScanner(port, venue).token(port);
        return new Credentials(admin, appToken, issued.path("holderToken").asString(), venue.ownerToken(), staff,
                signedIn(), issued.path("qid").asString(), venue.venueCode());
    }

    /** A portal session cookie, signed in with a code read from the outbox. */
    private String signedIn() throws Exception {
        String phone = randomPhone();
        HttpRequest.Builder ask = portalPost("/portal/api/sign-in", "{\"phone\":\"" + phone + "\"}");
        assertThat(HTTP.send(ask.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
        String code = TestVenues.codeSentTo(port, national(phone));
        HttpResponse<String> confirmed = HTTP.send(portalPost("/portal/api/sign-in/confirm",
                "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}").build(), HttpResponse.BodyHandlers.ofString());
        return sessionCookie(confirmed).orElseThrow();
    }

    private HttpRequest.Builder portalPost(String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("X-QRQG-Portal", "1")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
