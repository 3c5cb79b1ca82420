package vn.qrqg.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.holders.InvalidHolderTokenException;
import vn.qrqg.issuance.citizens.CitizenQrReads;
import vn.qrqg.issuance.citizens.CitizenQrRequest;
import vn.qrqg.issuance.citizens.IssuanceChallenge;
import vn.qrqg.issuance.citizens.IssuanceOutcome;
import vn.qrqg.issuance.citizens.IssuanceProof;
import vn.qrqg.issuance.citizens.IssuedCitizenQr;
import vn.qrqg.issuance.citizens.ProvenIssuance;
import vn.qrqg.issuance.citizens.Requester;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.portal.internal.PersonRepository.Person;
import vn.qrqg.portal.internal.PersonRepository.Relation;
import vn.qrqg.scanning.ShortNames;
import vn.qrqg.sms.PhoneNumber;

/**
 * The people of an account: declared through issuance's Java API (which checks them against the
 * registry and proves them), kept as QID, relation and holder token, shown with what issuance
 * reads for their holder, the portal app. Every call for a person goes through the capabilities'
 * Java APIs with that {@link Holder}, so that they check and audit it as they do any app's.
 */
@Service
class People {
    private final PersonRepository repository;
    private final ProvenIssuance issuance;
    private final CitizenQrReads qrs;
    private final HolderTokens holderTokens;
    private final PortalApp app;
    private final HolderNames names;

    People(PersonRepository repository, ProvenIssuance issuance, CitizenQrReads qrs, HolderTokens holderTokens,
            PortalApp app, HolderNames names) {
        this.repository = repository;
        this.issuance = issuance;
        this.qrs = qrs;
        this.holderTokens = holderTokens;
        this.app = app;
        this.names = names;
    }

    /**
     * A person as the portal lists them to their account; {@code shortName} and {@code birthYear}
     * null when their token no longer works.
     *
     * @param fullName the name with its diacritics as the registry holds it (only the account's own
     *        people get it: {@link HolderNames}); null when it cannot be read
     */
    record Item(String qid, String relation, String shortName, Integer birthYear, String fullName) {
    }

    /** What the citizen declares; {@code relation} is {@code SELF} or {@code DEPENDANT}. */
    record Declaration(String documentNumber, String fullName, String dateOfBirth, String gender, String relation) {
    }

    /** Every person of the account, each their own QR read (and audited) as {@code GET /api/v1/citizens/me} is. */
    List<Item> list(PhoneNumber phone) {
        List<Item> items = new ArrayList<>();
        for (Person person : repository.all(phone)) {
            Item item;
            try {
                item = item(person.qid(), person.relation(), qrs.own(holder(person)).qr().masked());
            } catch (InvalidHolderTokenException e) { // e.g. the person revoked it through another app
                item = new Item(person.qid(), person.relation().name(), null, null, null);
            }
            items.add(item);
        }
        return items;
    }

    /** What declaring gives: the person, or a code sent to the registry's phone for them first. */
    sealed interface Declared {
    }

    record Added(Item person) implements Declared {
    }

    record CodeSent(IssuanceChallenge challenge) implements Declared {
    }

    /**
     * Issues the person's QR as the portal app and keeps their holder token. The signed-in phone
     * proves SELF when the registry holds it for the person; otherwise a code goes to the
     * registry's phone ({@link CodeSent}). A DEPENDANT is declared by the account's SELF, whom
     * the registry must record in the dependant's household.
     *
     * @throws InvalidFieldException when {@code relation} is neither SELF nor DEPENDANT, or a
     *         DEPENDANT is declared before SELF
     * @throws PortalExceptions.SelfDeclaredException when the account has another person as SELF
     */
    Declared declare(PhoneNumber phone, Declaration declaration) {
        Relation relation = relation(declaration.relation());
        Optional<Person> self = repository.all(phone).stream()
                .filter(person -> person.relation() == Relation.SELF).findFirst();
        Requester requester = new Requester(app.caller(), phone.value());
        IssuanceOutcome outcome;
        if (relation == Relation.SELF) {
            outcome = issuance.issue(requester, request(declaration, phone.value(), null),
                    new IssuanceProof.VerifiedPhone(phone));
        } else {
            Person declarer = self.orElseThrow(() -> new InvalidFieldException("relation",
                    "declare yourself (SELF) first: a dependant is declared by a member of their household"));
            outcome = issuance.issue(requester, request(declaration, null, declarer.qid()),
                    new IssuanceProof.HolderToken(holder(declarer)));
        }
        return switch (outcome) {
            case IssuanceOutcome.Issued issued -> new Added(keep(phone, relation, issued.qr()));
            case IssuanceOutcome.CodeSent sent -> new CodeSent(sent.challenge());
        };
    }

    /**
     * Completes a SELF declaration with the code sent to the registry's phone.
     *
     * @throws vn.qrqg.issuance.citizens.ChallengeRefusedException for a wrong, expired or void code,
     *         or a challenge this account did not start
     */
    Item confirm(PhoneNumber phone, UUID challengeId, String code) {
        IssuedCitizenQr issued = issuance.complete(new Requester(app.caller(), phone.value()), challengeId, code);
        return keep(phone, Relation.SELF, issued);
    }

    /** Keeps the person's new holder token; a SELF that is not the account's SELF is refused (its token revoked). */
    private Item keep(PhoneNumber phone, Relation relation, IssuedCitizenQr issued) {
        List<Person> people = repository.all(phone);
        Optional<Person> self = people.stream().filter(person -> person.relation() == Relation.SELF).findFirst();
        String qid = issued.qid();
        if (relation == Relation.SELF && self.isPresent() && !self.get().qid().equals(qid)) {
            revoke(issued.holderToken());
            throw new PortalExceptions.SelfDeclaredException();
        }
        Optional<Person> before = people.stream().filter(person -> person.qid().equals(qid)).findFirst();
        if (before.isPresent() && before.get().relation() == Relation.SELF) {
            relation = Relation.SELF; // themself, declared again as a dependant: still themself
        }
        repository.save(phone, qid, relation, issued.holderToken());
        before.ifPresent(old -> revoke(old.holderToken())); // the new token replaces it
        return item(qid, relation, issued.qr().masked());
    }

    private static CitizenQrRequest request(Declaration declaration, String phone, String declaredBy) {
        return new CitizenQrRequest(declaration.documentNumber(), declaration.fullName(), declaration.dateOfBirth(),
                declaration.gender(), phone, null, declaredBy);
    }

    /** Revokes the person's holder token and forgets them. */
    void remove(PhoneNumber phone, String qid) {
        revoke(require(phone, qid).holderToken());
        repository.delete(phone, qid);
    }

    /**
     * The portal app as the holder of one of the account's people, for the capabilities' Java APIs.
     *
     * @throws PortalExceptions.NotYourPersonException when the account has nobody with this QID
     * @throws InvalidHolderTokenException when the person's token was revoked meanwhile
     */
    Holder holder(PhoneNumber phone, String qid) {
        return holder(require(phone, qid));
    }

    /** @throws PortalExceptions.NotYourPersonException when the account has nobody with this QID */
    Person require(PhoneNumber phone, String qid) {
        return repository.find(phone, qid).orElseThrow(PortalExceptions.NotYourPersonException::new);
    }

    private Holder holder(Person person) {
        return holderTokens.verify(app.caller(), person.holderToken());
    }

    /** Revokes a holder token of the portal app's, unless it was revoked already (by the person, an operator). */
    private void revoke(String holderToken) {
        try {
            holderTokens.revoke(holderTokens.verify(app.caller(), holderToken));
        } catch (InvalidHolderTokenException e) {
            // nothing left to revoke
        }
    }

    private Item item(String qid, Relation relation, String maskedQr) {
        PersonalQr masked = PersonalQr.parse(maskedQr);
        return new Item(qid, relation.name(), ShortNames.of(masked.fullName()), masked.birthYear(),
                names.of(app.caller(), new Qid(qid)).orElse(null));
    }

    private static Relation relation(String text) {
        try {
            return Relation.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("relation", "must be SELF (yourself) or DEPENDANT (someone you declare for)");
        }
    }
}
