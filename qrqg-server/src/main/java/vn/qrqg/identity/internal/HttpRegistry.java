package vn.qrqg.identity.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryUnavailableException;
import vn.qrqg.platform.http.ExternalService;

/**
 * The adapter for an external registry service (docs/registry.md, "The HTTP contract"):
 * {@code GET {base-url}/people/{documentNumber}}, 200 with the person as JSON or 404. Anything
 * else (timeouts, refused connections, other statuses, a malformed person) is a
 * {@link RegistryUnavailableException}; its messages never carry personal data.
 */
final class HttpRegistry implements PopulationRegistry {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExternalService registry;

    HttpRegistry(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        this.registry = new ExternalService("the population registry", baseUrl, connectTimeout, requestTimeout,
                RegistryUnavailableException::new);
    }

    @Override
    public Optional<RegisteredPerson> findByDocumentNumber(String documentNumber) {
        if (!ReferenceRegistry.isDocumentNumber(documentNumber)) {
            return Optional.empty(); // and nothing that is not [A-Z0-9] ever reaches the URL
        }
        ExternalService.Answer answer = registry.get("/people/" + documentNumber);
        return switch (answer.status()) {
            case 200 -> Optional.of(person(answer.body(), documentNumber));
            case 404 -> Optional.empty();
            default -> throw registry.unexpected(answer, "");
        };
    }

    private static RegisteredPerson person(String body, String asked) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            throw malformed("the body is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw malformed("the body is not a JSON object");
        }
        String documentNumber = text(json, "documentNumber", true);
        String old = text(json, "oldDocumentNumber", false);
        if (!documentNumber.equals(asked) && !asked.equals(old)) {
            throw malformed("it describes a person with another document number");
        }
        if (!ReferenceRegistry.isDocumentNumber(documentNumber)) {
            throw malformed("documentNumber is not a document number");
        }
        BirthDate birthDate;
        try {
            birthDate = BirthDate.parse(text(json, "dateOfBirth", true));
        } catch (QrFormatException e) {
            throw malformed("dateOfBirth is not YYYY-MM-DD with 00 for unknown parts");
        }
        JsonNode genderNode = json.path("gender");
        String genderText = genderNode.isIntegralNumber() || genderNode.isString() ? genderNode.asString() : "";
        Gender gender = genderText.length() == 1 ? Gender.fromCode(genderText.charAt(0)) : null;
        if (gender == null) {
            throw malformed("gender is not 0, 1 or 2");
        }
        return new RegisteredPerson(documentNumber, old, text(json, "fullName", true), birthDate, gender,
                text(json, "phone", false), text(json, "insuranceNumber", false), text(json, "communeCode", false),
                text(json, "address", false), text(json, "householdId", false));
    }

    private static String text(JsonNode json, String field, boolean required) {
        JsonNode node = json.path(field);
        if (node.isString() && !node.stringValue().isBlank()) {
            return node.stringValue();
        }
        if (required || !(node.isMissingNode() || node.isNull() || node.isString())) {
            throw malformed(field + (required ? " is missing" : " is not a string"));
        }
        return null;
    }

    private static RegistryUnavailableException malformed(String why) {
        return new RegistryUnavailableException("the population registry answered with a malformed person: " + why);
    }
}
