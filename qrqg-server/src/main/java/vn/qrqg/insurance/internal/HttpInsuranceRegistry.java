package vn.qrqg.insurance.internal;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.insurance.InsuranceRegistry;
import vn.qrqg.insurance.InsuranceUnavailableException;
import vn.qrqg.platform.http.ExternalService;

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

    private final ExternalService insurance;

    HttpInsuranceRegistry(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        this.insurance = new ExternalService("social insurance", baseUrl, connectTimeout, requestTimeout,
                InsuranceUnavailableException::new);
    }

    @Override
    public Optional<InsuranceCard> findByNumber(String cardNumber) {
        if (!CARD_NUMBER.matcher(cardNumber).matches()) {
            return Optional.empty();
        }
        return card(insurance.get("/cards/" + cardNumber), cardNumber);
    }

    @Override
    public Map<String, InsuranceCard> findByNumbers(Collection<String> cardNumbers) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String number : cardNumbers) {
            if (CARD_NUMBER.matcher(number).matches()) {
                paths.put(number, "/cards/" + number);
            }
        }
        Map<String, InsuranceCard> found = new LinkedHashMap<>();
        insurance.getAll(paths).forEach((number, answer) -> card(answer, number).ifPresent(card -> found.put(number, card)));
        return found;
    }

    @Override
    public Optional<InsuranceCard> validCardOf(String documentNumber, LocalDate day) {
        if (!DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
            return Optional.empty();
        }
        ExternalService.Answer answer = insurance.get("/people/" + documentNumber + "/cards");
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw insurance.unexpected(answer, "");
        }
        JsonNode items = json(answer.body()).path("items");
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

    private Optional<InsuranceCard> card(ExternalService.Answer answer, String asked) {
        return switch (answer.status()) {
            case 200 -> {
                InsuranceCard card = card(json(answer.body()));
                if (!card.cardNumber().equals(asked)) {
                    throw malformed("it describes another card");
                }
                yield Optional.of(card);
            }
            case 404 -> Optional.empty();
            default -> throw insurance.unexpected(answer, "");
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

    private static InsuranceUnavailableException malformed(String why) {
        return new InsuranceUnavailableException("social insurance answered with a malformed card: " + why);
    }
}
