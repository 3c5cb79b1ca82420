package vn.qrqg.scanning.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.cccd.CccdCard;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryVerification;
import vn.qrqg.issuance.QrRevocationLists;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.scanning.ScannedPerson;

/**
 * Finds the people behind scans, many at once (concurrent scans, an offline reader's batch, a
 * venue's history), in a few queries whatever their number, never one per person: a
 * personal QR by its QID among the QRs the platform issued, a CCCD card by its number in the
 * population registry, and only when its printed name and birth date are that person's (the card
 * is unsigned: anyone can type one). What the card prints is never shown: the registry's data is.
 * The person, their QR's version and the SUPERSEDED check are read from the primary, never a read
 * replica ({@link vn.qrqg.platform.database.ReplicaReads}): a scan decides on them.
 */
public final class PeopleInBulk {
    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final TrustedClassifier classifier;
    private final QrRevocationLists revocationLists;

    public PeopleInBulk(IssuedQrs issuedQrs, PopulationRegistry registry, TrustedClassifier classifier,
            QrRevocationLists revocationLists) {
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.classifier = classifier;
        this.revocationLists = revocationLists;
    }

    /**
     * Each personal QR of a trusted key ({@link TrustedClassifier#classify}), in order:
     * {@code VALID} when it is the person's newest QR, {@code SUPERSEDED} when an older one,
     * {@code REVOKED} (nobody identified) when that version was revoked. The
     * text must be exactly one the platform signed and stored (full or masked form): that copy is
     * the proof, so its signature is not checked again. A text matching no copy is checked then:
     * {@code INVALID_SIGNATURE} when its signature does not verify, {@code REVOKED} when it does and
     * its key's revocation list says so (a revoked QR whose signature was re-encoded as
     * {@code (r, n − s)}: no stored copy, the same list entry), else {@code NOT_FOUND} (the
     * platform never issued it, or its holder is no longer in the registry). Two queries, and one
     * more per verified text that matched no copy.
     */
    public List<Resolution> byQrs(List<PersonalQr> qrs) {
        List<Optional<IssuedQrs.Scanned>> scanned = issuedQrs.findAll(
                qrs.stream().map(PersonalQr::qid).toList(), qrs.stream().map(PersonalQr::text).toList());
        Set<String> numbers = new HashSet<>();
        scanned.forEach(found -> found.filter(IssuedQrs.Scanned::isIssued)
                .ifPresent(issued -> numbers.add(issued.holder().documentNumber())));
        Map<String, RegisteredPerson> people = registry.findAllByDocumentNumbers(numbers);
        List<Resolution> resolutions = new ArrayList<>(qrs.size());
        for (int i = 0; i < qrs.size(); i++) {
            IssuedQrs.Scanned issued = scanned.get(i).filter(IssuedQrs.Scanned::isIssued).orElse(null);
            if (issued == null) {
                ScanOutcome signature = classifier.verify(qrs.get(i));
                if (signature == ScanOutcome.VALID && revocationLists.isRevoked(qrs.get(i).signature())) {
                    signature = ScanOutcome.REVOKED;
                }
                resolutions.add(signature == ScanOutcome.VALID ? Resolution.notFound() : Resolution.refused(signature));
                continue;
            }
            if (issued.revoked()) {
                resolutions.add(Resolution.refused(ScanOutcome.REVOKED)); // a lost phone's QR identifies nobody
                continue;
            }
            RegisteredPerson person = people.get(issued.holder().documentNumber());
            resolutions.add(person == null ? Resolution.notFound()
                    : Resolution.found(issued.superseded() ? ScanOutcome.SUPERSEDED : ScanOutcome.VALID,
                            person, issued.holder()));
        }
        return resolutions;
    }

    /**
     * Each CCCD card, in order: {@code VALID} with the registry's person holding its number when
     * the card's printed name and birth date are theirs ({@link RegistryVerification#matchesCard}),
     * else {@code NOT_FOUND}, exactly as for a number nobody holds. Two queries.
     */
    public List<Resolution> byCards(List<CccdCard> cards) {
        Map<String, RegisteredPerson> people = registry.findAllByDocumentNumbers(
                cards.stream().map(CccdCard::cccdNumber).toList());
        Map<String, IssuedQrs.Holder> holders = issuedQrs.findHoldersByDocumentNumbers(
                people.values().stream().map(RegisteredPerson::documentNumber).toList());
        List<Resolution> resolutions = new ArrayList<>(cards.size());
        for (CccdCard card : cards) {
            RegisteredPerson person = people.get(card.cccdNumber());
            if (person != null && !RegistryVerification.matchesCard(person, card.fullName(), card.birthDate())) {
                person = null; // a typed card of a real number: no answer tells it from an unknown one
            }
            resolutions.add(person == null ? Resolution.notFound()
                    : Resolution.found(ScanOutcome.VALID, person, holders.get(person.documentNumber())));
        }
        return resolutions;
    }

    /**
     * People by the key a scan identified them by: their QID, or the registry document number of
     * someone without one (no document number is a valid QID: FORMATS.md). Keys of nobody (any
     * more) are left out. At most four queries.
     */
    public Map<String, ScannedPerson> byKeys(Collection<String> keys) {
        List<Qid> qids = keys.stream().filter(PeopleInBulk::isQid).distinct().map(Qid::new).toList();
        List<String> numbers = keys.stream().filter(key -> !isQid(key)).distinct().toList();
        Map<Qid, IssuedQrs.Holder> byQid = issuedQrs.findHolders(qids);
        Map<String, IssuedQrs.Holder> byNumber = issuedQrs.findHoldersByDocumentNumbers(numbers);
        Set<String> wanted = new HashSet<>(numbers);
        byQid.values().forEach(holder -> wanted.add(holder.documentNumber()));
        Map<String, RegisteredPerson> people = registry.findAllByDocumentNumbers(wanted);
        Map<String, ScannedPerson> found = new HashMap<>();
        byQid.forEach((qid, holder) -> put(found, qid.value(), holder, people.get(holder.documentNumber())));
        for (String number : numbers) {
            put(found, number, byNumber.get(number), people.get(number));
        }
        return found;
    }

    /** Checks the length first: most keys of a venue's day may be document numbers, refused without an exception. */
    private static boolean isQid(String key) {
        return key.length() == Qid.LENGTH && Qid.isValid(key);
    }

    private static void put(Map<String, ScannedPerson> found, String key, IssuedQrs.Holder holder,
            RegisteredPerson person) {
        if (person != null) {
            found.put(key, Resolution.found(ScanOutcome.VALID, person, holder).person());
        }
    }
}
