package vn.qrqg.insurance.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.insurance.InsuranceRegistry;
import vn.qrqg.insurance.InsuranceUnavailableException;

/**
 * The adapter for an external social-insurance service (docs/insurance.md, "The HTTP contract"):
 * {@code GET {base-url}/cards/{cardNumber}}, 200 with the card or 404, and
 * {@code GET {base-url}/people/{documentNumber}/cards}, 200 with {@code {"items": [cards]}}. A scan
 * batch's cards are asked for at once, concurrently. Anything else (timeouts, refused
 * connections, other statuses, a malformed card) is an {@link InsuranceUnavailableException};
 * its messages never carry personal data.
 */
final class HttpInsuranceRegistry implements InsuranceRegistry {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Only these ever reach a URL. */
    private static final Pattern CARD_NUMBER = Pattern.compile("[A-Z]{2}[0-9]{13}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{12}");

    private final String baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;

    HttpInsuranceRegistry(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Optional<InsuranceCard> findByNumber(String cardNumber) {
        if (!CARD_NUMBER.matcher(cardNumber).matches()) {
            return Optional.empty();
        }
        return card(answer(() -> http.send(request("/cards/" + cardNumber), HttpResponse.BodyHandlers.ofString())),
                cardNumber);
    }

    @Override
    public Map<String, InsuranceCard> findByNumbers(Collection<String> cardNumbers) {
        Map<String, CompletableFuture<HttpResponse<String>>> asked = new LinkedHashMap<>();
        for (String number : cardNumbers) {
            if (CARD_NUMBER.matcher(number).matches()) {
                asked.put(number, http.sendAsync(request("/cards/" + number), HttpResponse.BodyHandlers.ofString()));
            }
        }
        Map<String, InsuranceCard> found = new LinkedHashMap<>();
        for (Map.Entry<String, CompletableFuture<HttpResponse<String>>> each : asked.entrySet()) {
            HttpResponse<String> response;
            try {
                response = each.getValue().join();
            } catch (CompletionException e) {
                throw unreachable(e.getCause() == null ? e : e.getCause());
            }
            card(response, each.getKey()).ifPresent(card -> found.put(each.getKey(), card));
        }
        return found;
    }

    @Override
    public Optional<InsuranceCard> validCardOf(String documentNumber, LocalDate day) {
        if (!DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
            return Optional.empty();
        }
        HttpResponse<String> response = answer(() -> http.send(request("/people/" + documentNumber + "/cards"),
                HttpResponse.BodyHandlers.ofString()));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new InsuranceUnavailableException("social insurance answered HTTP " + response.statusCode());
        }
        JsonNode items = json(response.body()).path("items");
        if (!items.isArray()) {
            throw malformed("the body has no items array");
        }
        List<InsuranceCard> cards = new ArrayList<>();
        for (JsonNode item : items) {
            InsuranceCard card = card(item);
            if (!card.documentNumber().equals(documentNumber)) {
                throw malformed("a card of another person is listed");
            }
            cards.add(card);
        }
        return cards.stream().filter(card -> card.validOn(day))
                .max((a, b) -> a.validTo().compareTo(b.validTo()));
    }

    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static HttpResponse<String> answer(Call call) {
        try {
            return call.send();
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InsuranceUnavailableException("interrupted while waiting for social insurance", e);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(requestTimeout)
                .header("Accept", "application/json").GET().build();
    }

    private static Optional<InsuranceCard> card(HttpResponse<String> response, String asked) {
        return switch (response.statusCode()) {
            case 200 -> {
                InsuranceCard card = card(json(response.body()));
                if (!card.cardNumber().equals(asked)) {
                    throw malformed("it describes another card");
                }
                yield Optional.of(card);
            }
            case 404 -> Optional.empty();
            default -> throw new InsuranceUnavailableException("social insurance answered HTTP " + response.statusCode());
        };
    }

    private static InsuranceCard card(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw malformed("a card is not a JSON object");
        }
        String number = text(json, "cardNumber");
        String person = text(json, "documentNumber");
        if (!CARD_NUMBER.matcher(number).matches() || !DOCUMENT_NUMBER.matcher(person).matches()) {
            throw malformed("cardNumber or documentNumber is not of its shape");
        }
        try {
            LocalDate from = LocalDate.parse(text(json, "validFrom"));
            LocalDate to = LocalDate.parse(text(json, "validTo"));
            if (to.isBefore(from)) {
                throw malformed("validTo is before validFrom");
            }
            return new InsuranceCard(number, person, from, to);
        } catch (DateTimeParseException e) {
            throw malformed("validFrom or validTo is not YYYY-MM-DD");
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw malformed("the body is not JSON");
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.path(field);
        if (!node.isString() || node.stringValue().isBlank()) {
            throw malformed(field + " is missing");
        }
        return node.stringValue();
    }

    private static InsuranceUnavailableException unreachable(Throwable e) {
        return new InsuranceUnavailableException(e instanceof HttpTimeoutException
                ? "social insurance did not answer within its timeout"
                : "social insurance cannot be reached (" + e.getClass().getSimpleName() + ")", e);
    }

    private static InsuranceUnavailableException malformed(String why) {
        return new InsuranceUnavailableException("social insurance answered with a malformed card: " + why);
    }
}
