package vn.qrqg.identity.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.identity.PopulationCount;
import vn.qrqg.identity.PopulationCounts;
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
final class HttpRegistry implements PopulationRegistry, PopulationCounts {
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

    /** {@code GET {base-url}/population}: {@code {"groups": [{"communeCode", "birthYear", "people"}]}}. */
    @Override
    public List<PopulationCount> byCommuneAndBirthYear() {
        ExternalService.Answer answer = registry.get("/population");
        if (answer.status() != 200) {
            throw registry.unexpected(answer, "");
        }
        JsonNode groups;
        try {
            groups = JSON.readTree(answer.body()).path("groups");
        } catch (JacksonException e) {
            throw malformedPopulation("the body is not JSON");
        }
        if (!groups.isArray()) {
            throw malformedPopulation("groups is not a list");
        }
        List<PopulationCount> counts = new ArrayList<>(groups.size());
        for (JsonNode group : groups) {
            JsonNode commune = group.path("communeCode");
            JsonNode year = group.path("birthYear");
            JsonNode people = group.path("people");
            if (!commune.isString() || !commune.stringValue().matches("[0-9]{5}") || !year.canConvertToInt()
                    || !year.isIntegralNumber() || !people.isIntegralNumber() || people.longValue() < 0) {
                throw malformedPopulation("a group is not {communeCode: 5 digits, birthYear, people >= 0}");
            }
            counts.add(new PopulationCount(commune.stringValue(), year.intValue(), people.longValue()));
        }
        return counts;
    }

    private static RegistryUnavailableException malformedPopulation(String why) {
        return new RegistryUnavailableException("the population registry answered with a malformed population: " + why);
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
