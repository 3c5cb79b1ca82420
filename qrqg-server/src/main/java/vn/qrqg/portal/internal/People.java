package vn.qrqg.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.portal.internal.PersonRepository.Person;
import vn.qrqg.portal.internal.PersonRepository.Relation;
import vn.qrqg.scanning.ShortNames;
import vn.qrqg.sms.PhoneNumber;

/**
 * The people of an account: declared through the API's issuance (which checks them against the
 * registry), kept as QID, relation and holder token, shown with what the API answers for them.
 */
@Service
class People {
    static final String ISSUANCE = "/api/v1/citizens/qr";
    static final String OWN_QR = "/api/v1/citizens/me";
    static final String REVOKE = "/api/v1/holder-tokens/current";

    private final PersonRepository repository;
    private final LoopbackApi api;

    People(PersonRepository repository, LoopbackApi api) {
        this.repository = repository;
        this.api = api;
    }

    /** A person as the portal lists them; {@code shortName} and {@code birthYear} null when the API would not say. */
    record Item(String qid, String relation, String shortName, Integer birthYear) {
    }

    /** What the citizen declares; {@code relation} is {@code SELF} or {@code DEPENDANT}. */
    record Declaration(String documentNumber, String fullName, String dateOfBirth, String gender, String relation) {
    }

    /** Every person of the account, each read through the API (and audited there). */
    List<Item> list(PhoneNumber phone) {
        List<Item> items = new ArrayList<>();
        for (Person person : repository.all(phone)) {
            LoopbackApi.Answer answer = api.call(HttpMethod.GET, OWN_QR, person.holderToken(), (byte[]) null);
            items.add(answer.ok() ? item(person.qid(), person.relation(), answer.json())
                    : new Item(person.qid(), person.relation().name(), null, null)); // e.g. its token was revoked
        }
        return items;
    }

    /**
     * Issues the person's QR through the API, as the portal app, and keeps their holder token.
     *
     * @throws InvalidFieldException when {@code relation} is neither SELF nor DEPENDANT
     * @throws ApiRefusedException with the API's answer when it refuses (e.g. 422: not as in the registry)
     * @throws PortalExceptions.SelfDeclaredException when the account has another person as SELF
     */
    Item declare(PhoneNumber phone, Declaration declaration) {
        Relation relation = relation(declaration.relation());
        List<Person> people = repository.all(phone);
        Optional<Person> self = people.stream().filter(person -> person.relation() == Relation.SELF).findFirst();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("documentNumber", declaration.documentNumber());
        body.put("fullName", declaration.fullName());
        body.put("dateOfBirth", declaration.dateOfBirth());
        body.put("gender", declaration.gender());
        if (relation == Relation.SELF) {
            body.put("phone", phone.value());
        } else {
            self.ifPresent(declarer -> body.put("declaredBy", declarer.qid()));
        }
        LoopbackApi.Answer answer = api.call(HttpMethod.POST, ISSUANCE, null, body);
        if (!answer.ok()) {
            throw new ApiRefusedException(answer);
        }
        JsonNode issued = answer.json();
        String qid = issued.path("qid").asString();
        String holderToken = issued.path("holderToken").asString();
        if (relation == Relation.SELF && self.isPresent() && !self.get().qid().equals(qid)) {
            revoke(holderToken);
            throw new PortalExceptions.SelfDeclaredException();
        }
        Optional<Person> before = people.stream().filter(person -> person.qid().equals(qid)).findFirst();
        if (before.isPresent() && before.get().relation() == Relation.SELF) {
            relation = Relation.SELF; // themself, declared again as a dependant: still themself
        }
        repository.save(phone, qid, relation, holderToken);
        before.ifPresent(old -> revoke(old.holderToken())); // the new token replaces it
        return item(qid, relation, issued);
    }

    /** Revokes the person's holder token through the API and forgets them. */
    void remove(PhoneNumber phone, String qid) {
        Person person = require(phone, qid);
        LoopbackApi.Answer answer = api.call(HttpMethod.DELETE, REVOKE, person.holderToken(), (byte[]) null);
        if (!answer.ok() && answer.status() != 403) { // 403: the token was revoked already
            throw new ApiRefusedException(answer);
        }
        repository.delete(phone, qid);
    }

    /** @throws PortalExceptions.NotYourPersonException when the account has nobody with this QID */
    Person require(PhoneNumber phone, String qid) {
        return repository.find(phone, qid).orElseThrow(PortalExceptions.NotYourPersonException::new);
    }

    private void revoke(String holderToken) {
        api.call(HttpMethod.DELETE, REVOKE, holderToken, (byte[]) null);
    }

    private static Item item(String qid, Relation relation, JsonNode qr) {
        PersonalQr masked = PersonalQr.parse(qr.path("qr").path("masked").asString());
        return new Item(qid, relation.name(), ShortNames.of(masked.fullName()), masked.birthYear());
    }

    private static Relation relation(String text) {
        try {
            return Relation.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("relation", "must be SELF (yourself) or DEPENDANT (someone you declare for)");
        }
    }
}
